package vn.chibo.bot.people;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.roster.ImportReport;
import vn.chibo.content.roster.Problem;
import vn.chibo.content.roster.RowProblem;

/**
 * What a roster import says in chat: the problems of a refused file, the preview of a good one (every change, by name)
 * and the outcome with the invitation links. Long lists are split into several messages by the delivery queue.
 */
final class RosterTexts {

    static final int PROBLEMS_SHOWN = 40;
    /** Additions and updates are listed up to this many per kind; the rest are counted. */
    static final int NAMES_SHOWN = 15;
    /** Removals are what an office must check: listed up to this many per kind. */
    static final int REMOVALS_SHOWN = 300;

    private final Texts texts;

    RosterTexts(Texts texts) {
        this.texts = texts;
    }

    String rejection(List<RowProblem> problems) {
        StringBuilder text = new StringBuilder(texts.t("import.rejected", Integer.toString(problems.size())));
        for (RowProblem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
            String reason = texts.t(p.problem().messageKey(), arguments(p).toArray());
            text.append('\n')
                    .append(
                            p.line() == 0
                                    ? texts.t("import.file_problem", reason)
                                    : texts.t("import.row_problem", Integer.toString(p.line()), reason));
        }
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append('\n')
                    .append(texts.t("import.more_problems", Integer.toString(problems.size() - PROBLEMS_SHOWN)));
        }
        return text.toString();
    }

    /** A problem's values as a person reads them: the kinds of unit a row names are the office's words. */
    private List<String> arguments(RowProblem p) {
        if (p.problem() != Problem.KIND_CHANGES) {
            return p.args();
        }
        return p.args().stream()
                .map(a -> switch (a) {
                    case "committee" -> texts.t("import.kind.committee");
                    case "cell" -> texts.t("import.kind.cell");
                    default -> a;
                })
                .toList();
    }

    String unchanged(ImportReport report) {
        return texts.t("import.unchanged", Integer.toString(report.rows()));
    }

    /** The preview: what the file would change, and what it leaves alone. */
    String preview(String fileName, ImportReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("import.preview", fileName, Integer.toString(report.rows())));
        lines.addAll(changes(report));
        lines.add("");
        lines.add(report.rolesGoverned() ? texts.t("import.roles_governed") : texts.t("import.roles_untouched"));
        if (report.removesAnyone()) {
            lines.add(texts.t("import.removal_keeps_history"));
        }
        lines.add("");
        lines.add(texts.t("import.confirm_ask"));
        return String.join("\n", lines);
    }

    /** The outcome: the changes made, by name, then each new role holder's link. */
    String done(ImportReport report, BotIdentity bot) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("import.done", Integer.toString(report.rows())));
        lines.addAll(changes(report));
        if (!report.invitations().isEmpty()) {
            lines.add("");
            lines.add(texts.t("import.links"));
            for (Invitation invitation : report.invitations()) {
                var role = invitation.role();
                lines.add(texts.t(
                        "import.link",
                        texts.t(
                                "role." + role.role().name().toLowerCase(),
                                role.unit().shortName()),
                        role.personName(),
                        bot.deepLink(invitation.code())));
            }
        }
        return String.join("\n", lines);
    }

    private List<String> changes(ImportReport r) {
        List<String> lines = new ArrayList<>();
        listed(
                lines,
                texts.t("import.units_created", count(r.unitsCreated())),
                r.unitsCreated(),
                Function.identity(),
                NAMES_SHOWN);
        listed(
                lines,
                texts.t("import.members_added", count(r.membersAdded())),
                r.membersAdded(),
                this::placed,
                NAMES_SHOWN);
        listed(
                lines,
                texts.t("import.members_updated", count(r.membersUpdated())),
                r.membersUpdated(),
                this::placed,
                NAMES_SHOWN);
        listed(
                lines,
                texts.t("import.members_transferred", count(r.membersTransferred())),
                r.membersTransferred(),
                m -> texts.t("import.moved", m.name(), m.fromCell(), m.toCell()),
                NAMES_SHOWN);
        listed(
                lines,
                texts.t("import.members_removed", count(r.membersRemoved())),
                r.membersRemoved(),
                this::placed,
                REMOVALS_SHOWN);
        listed(lines, texts.t("import.roles_added", count(r.rolesAdded())), r.rolesAdded(), this::held, NAMES_SHOWN);
        listed(
                lines,
                texts.t("import.roles_removed", count(r.rolesRemoved())),
                r.rolesRemoved(),
                this::held,
                REMOVALS_SHOWN);
        return lines;
    }

    private static String count(List<?> items) {
        return Integer.toString(items.size());
    }

    private <T> void listed(List<String> lines, String heading, List<T> items, Function<T, String> line, int shown) {
        if (items.isEmpty()) {
            return;
        }
        lines.add(heading);
        items.stream().limit(shown).map(line).forEach(item -> lines.add(texts.t("import.item", item)));
        if (items.size() > shown) {
            lines.add(texts.t("import.more_items", Integer.toString(items.size() - shown)));
        }
    }

    private String placed(ImportReport.Placed p) {
        return texts.t("import.placed", p.name(), p.cell());
    }

    private String held(ImportReport.Held h) {
        return texts.t("import.held", texts.t("role." + h.role().name().toLowerCase(), h.unit()), h.name());
    }
}
