package vn.chibo.bot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import vn.chibo.bot.telegram.BotEndpoint;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.roster.ImportReport;
import vn.chibo.content.roster.RosterImport;
import vn.chibo.content.roster.RosterReader;
import vn.chibo.content.text.VietnameseMessages;

/**
 * {@code java -jar chibo.jar import FILE [--spring.x=y ...]}: imports a roster into the configured
 * database, as an administrator, without starting the bot. Exit status: 0 imported, 1 rejected (every
 * problem printed, nothing imported), 2 could not run.
 */
public final class ImportCommand {

    /** Deliberately not a @Configuration: the bot's own component scan must not pick it up. */
    @EnableAutoConfiguration(excludeName = "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration")
    @ComponentScan("vn.chibo.content")
    static class Context {
        @Bean
        Clock clock() {
            return Clock.system(PartyCalendar.ZONE);
        }
    }

    private ImportCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("Usage: java -jar chibo.jar import FILE.xlsx|FILE.csv");
            err.println("Columns: org_path, member_name, member_status, party_join_date, role");
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
        String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = open(springArgs)) {
            RosterImport.Result result = context.getBean(RosterImport.class)
                    .run(content, new Actor(0, new VietnameseMessages("messages").t("import.cli_actor"), null, true));
            if (result instanceof RosterImport.Result.Rejected rejected) {
                err.println("Import rejected: " + rejected.problems().size() + " problem(s); nothing was imported.");
                rejected.problems().forEach(p -> err.println("  " + p.english()));
                return 1;
            }
            print(((RosterImport.Result.Imported) result).report(), botUsername(context), out);
            return 0;
        } catch (RuntimeException e) {
            err.println(
                    "Cannot open the database. If chibo is running on this H2 file, stop it first or send the file to the bot instead.");
            err.println("  " + rootMessage(e));
            return 2;
        }
    }

    /**
     * The command's own context: the database and the content module only. No web server, no intake, and no Quartz,
     * which would otherwise start on the bot's database and take up its reminder trigger (and fail it: the job's
     * beans are not here).
     */
    static ConfigurableApplicationContext open(String... springArgs) {
        return new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "spring.quartz.auto-startup=false")
                .run(springArgs);
    }

    private static void print(ImportReport r, Optional<String> username, PrintStream out) {
        if (r.changedNothing()) {
            out.printf("Read %d rows: nothing changed.%n", r.rows());
        } else {
            out.printf(
                    "Imported %d rows: %d new units; members %d added, %d updated, %d transferred, %d removed; roles %d added, %d removed.%n",
                    r.rows(),
                    r.unitsCreated(),
                    r.membersAdded(),
                    r.membersUpdated(),
                    r.membersTransferred(),
                    r.membersRemoved(),
                    r.rolesAdded(),
                    r.rolesRemoved());
        }
        if (!r.invitations().isEmpty()) {
            out.println("Invitation links (each works once, for 14 days; send each privately to its holder):");
            for (Invitation invitation : r.invitations()) {
                String link = "https://t.me/" + username.orElse("<your_bot>") + "?start=" + invitation.code();
                out.printf(
                        "  %s %s — %s: %s%n",
                        invitation.role().role().name().toLowerCase(),
                        invitation.role().unit().name(),
                        invitation.role().personName(),
                        link);
            }
        }
        if (!r.awaitingLink().isEmpty()) {
            out.printf(
                    "%d role holder(s) have not yet joined through their invitation.%n",
                    r.awaitingLink().size());
        }
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
