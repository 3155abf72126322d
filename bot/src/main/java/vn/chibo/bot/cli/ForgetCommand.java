package vn.chibo.bot.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.bot.storage.PersonalData;

/**
 * {@code java -jar chibo.jar forget-user TELEGRAM_USER_ID --yes [--spring.x=y ...]}: forgets one Telegram account
 * ({@link PersonalData}) in the configured database, without starting the bot. Exit status: 0 forgotten, 2 could not
 * run, 3 not confirmed (nothing changed).
 */
public final class ForgetCommand {

    static final String YES = "--yes";

    private ForgetCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        long userId;
        try {
            userId = Long.parseLong(args.length < 2 ? "" : args[1].strip());
        } catch (NumberFormatException e) {
            err.println("Usage: java -jar chibo.jar forget-user TELEGRAM_USER_ID --yes");
            err.println("The id is the person's numeric Telegram id (the audit log and /nhatky show it).");
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(2, args.length);
        if (!rest.contains(YES)) {
            out.println("This unlinks Telegram account " + userId + " from every role and member record and deletes its"
                    + " conversation, preferences and every message to or from it. Members, minutes, commendations and"
                    + " the audit log stay. Nothing was changed: re-run with " + YES + " to do it.");
            return 3;
        }
        String[] springArgs = rest.stream().filter(a -> !a.equals(YES)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = CommandContext.open(springArgs)) {
            Map<String, Integer> changed = new PersonalData(
                            context.getBean(JdbcClient.class), context.getBean(TransactionTemplate.class))
                    .forget(userId);
            out.println("Forgot Telegram account " + userId + ":");
            changed.forEach((table, rows) -> out.printf("  %s: %d row(s)%n", table, rows));
            return 0;
        } catch (RuntimeException e) {
            err.println("Cannot open the database. If chibo is running on this H2 file, stop it first.");
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            err.println("  " + root.getMessage());
            return 2;
        }
    }
}
