package vn.chibo.bot.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.roster.ImportReport;

/** What the command line import prints: every change by name, one per line, then the links. */
final class ImportLines {

    private ImportLines() {}

    static void preview(ImportReport r, PrintStream out) {
        out.printf("Read %d rows. Importing would:%n", r.rows());
        changes(r, out);
        out.println(
                r.rolesGoverned()
                        ? "Roles change only in the units the file names a role for; every other unit keeps its role holders."
                        : "The file names no role (no role column, or an empty one): every role holder is kept.");
    }

    static void imported(ImportReport r, Optional<String> username, PrintStream out) {
        out.printf(
                "Imported %d rows: %d new units; members %d added, %d updated, %d transferred, %d removed; roles %d added, %d removed.%n",
                r.rows(),
                r.unitsCreated().size(),
                r.membersAdded().size(),
                r.membersUpdated().size(),
                r.membersTransferred().size(),
                r.membersRemoved().size(),
                r.rolesAdded().size(),
                r.rolesRemoved().size());
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

    private static void changes(ImportReport r, PrintStream out) {
        listed(out, "create %d unit(s):", r.unitsCreated(), Function.identity());
        listed(out, "add %d member(s):", r.membersAdded(), ImportLines::placed);
        listed(out, "update %d member(s):", r.membersUpdated(), ImportLines::placed);
        listed(
                out,
                "transfer %d member(s):",
                r.membersTransferred(),
                m -> m.name() + ": " + m.fromCell() + " → " + m.toCell());
        listed(
                out,
                "REMOVE %d member(s) from their cell's list (their history is kept):",
                r.membersRemoved(),
                ImportLines::placed);
        listed(out, "give %d role(s):", r.rolesAdded(), ImportLines::held);
        listed(out, "TAKE %d role(s) away:", r.rolesRemoved(), ImportLines::held);
    }

    private static <T> void listed(PrintStream out, String heading, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        out.printf("  " + heading + "%n", items.size());
        items.forEach(item -> out.println("    " + line.apply(item)));
    }

    private static String placed(ImportReport.Placed p) {
        return p.name() + " (" + p.cell() + ")";
    }

    private static String held(ImportReport.Held h) {
        return h.role().name().toLowerCase() + " " + h.unit() + ": " + h.name();
    }
}
