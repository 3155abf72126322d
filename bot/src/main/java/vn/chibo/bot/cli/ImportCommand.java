package vn.chibo.bot.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.bot.telegram.BotEndpoint;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.content.access.Actor;
import vn.chibo.content.roster.ImportReport;
import vn.chibo.content.roster.RosterImport;
import vn.chibo.content.roster.RosterReader;
import vn.chibo.content.text.VietnameseMessages;

/**
 * {@code java -jar chibo.jar import FILE [--dry-run | --yes] [--spring.x=y ...]}: imports a roster into the configured
 * database, as an administrator, without starting the bot. It first prints what the file would change, by name;
 * {@code --dry-run} stops there, {@code --yes} imports without asking; with neither, it asks on the terminal, and
 * without a terminal (a script) it imports only a file that removes no one. Exit status: 0 imported (or, with
 * {@code --dry-run}, previewed), 1 rejected (every problem printed, nothing imported), 2 could not run, 3 not confirmed
 * (nothing imported).
 */
public final class ImportCommand {

    static final String DRY_RUN = "--dry-run";
    static final String YES = "--yes";

    private ImportCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ImportCommand::askOnTheTerminal);
    }

    /** {@code confirm} answers "import these changes?" when neither flag was given; null: no one to ask. */
    static int run(String[] args, PrintStream out, PrintStream err, Supplier<Boolean> confirm) {
        if (args.length < 2) {
            err.println("Usage: java -jar chibo.jar import FILE.xlsx|FILE.csv [--dry-run | --yes]");
            err.println("Columns: org_path, member_name, member_status, party_join_date, role (optional)");
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(2, args.length);
        boolean dryRun = rest.contains(DRY_RUN);
        boolean yes = rest.contains(YES);
        if (dryRun && yes) {
            err.println("Give --dry-run or --yes, not both.");
            return 2;
        }
        byte[] content;
        try {
            Path file = Path.of(args[1]);
            if (Files.size(file) > RosterReader.MAX_BYTES) {
                err.println("Import rejected: " + args[1] + " is larger than " + RosterReader.MAX_BYTES / (1024 * 1024)
                        + " MB; split it into several files (one per committee or cell). Nothing was imported.");
                return 1;
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("Cannot read " + args[1] + ": " + e.getMessage());
            return 2;
        }
        String[] springArgs =
                rest.stream().filter(a -> !a.equals(DRY_RUN) && !a.equals(YES)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = CommandContext.open(springArgs)) {
            RosterImport roster = context.getBean(RosterImport.class);
            Actor admin = new Actor(0, new VietnameseMessages("messages").t("import.cli_actor"), null, true);
            RosterImport.Result previewed = roster.preview(content, admin);
            if (previewed instanceof RosterImport.Result.Rejected rejected) {
                return rejected(rejected, err);
            }
            ImportReport plan = ((RosterImport.Result.Previewed) previewed).report();
            if (plan.changedNothing()) {
                out.printf("Read %d rows: nothing changed.%n", plan.rows());
                return 0;
            }
            ImportLines.preview(plan, out);
            if (dryRun) {
                out.println("Dry run: nothing was imported.");
                return 0;
            }
            if (!yes && !confirmed(plan, confirm, out)) {
                return 3;
            }
            RosterImport.Result result = roster.run(content, admin);
            if (result instanceof RosterImport.Result.Rejected rejected) {
                return rejected(rejected, err);
            }
            ImportLines.imported(((RosterImport.Result.Imported) result).report(), botUsername(context), out);
            return 0;
        } catch (RuntimeException e) {
            err.println(
                    "Cannot open the database. If chibo is running on this H2 file, stop it first or send the file to the bot instead.");
            err.println("  " + rootMessage(e));
            return 2;
        }
    }

    private static boolean confirmed(ImportReport plan, Supplier<Boolean> confirm, PrintStream out) {
        Boolean answer = confirm.get();
        if (answer == null) {
            if (!plan.removesAnyone()) {
                return true; // a script importing a file that only adds or updates
            }
            out.println("This file removes the members or role holders listed above. Nothing was imported: re-run with "
                    + YES + " to import it, or with " + DRY_RUN + " to only look.");
            return false;
        }
        if (!answer) {
            out.println("Nothing was imported.");
        }
        return answer;
    }

    private static Boolean askOnTheTerminal() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        String line = console.readLine("Import these changes? [y/N] ");
        return line != null && line.strip().equalsIgnoreCase("y");
    }

    private static int rejected(RosterImport.Result.Rejected rejected, PrintStream err) {
        err.println("Import rejected: " + rejected.problems().size() + " problem(s); nothing was imported.");
        rejected.problems().forEach(p -> err.println("  " + p.english()));
        return 1;
    }

    /** The bot's @username from getMe when a token is configured; links need it. */
    private static Optional<String> botUsername(ConfigurableApplicationContext context) {
        String token = context.getEnvironment().getProperty("chibo.bot.token");
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return BotIdentity.lookUp(new BotEndpoint(
                token.trim(), context.getEnvironment().getProperty("chibo.bot.api-url", "https://api.telegram.org")));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
