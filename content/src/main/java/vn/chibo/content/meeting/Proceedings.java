package vn.chibo.content.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the 2025 minutes record beyond time, place, attendance and the four sections (Hướng dẫn 42-HD/BTCTW): current
 * affairs and upper-level documents passed on, the study of Hồ Chí Minh's example, last resolution's tasks as
 * reviewed, named opinions, the upper-level delegate's guidance, other business, whether a vote was held, how many
 * approved the minutes, the resolution's number, and the quality criteria only the secretary can answer.
 */
public record Proceedings(
        String news,
        String study,
        List<ReviewedTask> review,
        List<Opinion> opinions,
        String guidance,
        String otherBusiness,
        boolean voteHeld,
        Integer minutesAgree,
        String resolutionNumber,
        Set<SelfCheck> selfChecks) {

    /** A meeting recorded before the 2025 minutes: a vote held, nothing else known. */
    public static final Proceedings NONE =
            new Proceedings(null, null, List.of(), List.of(), null, null, true, null, null, Set.of());

    /** The longest resolution number kept ("12-NQ/CB"). */
    public static final int MAX_RESOLUTION_NUMBER = 40;

    public Proceedings {
        review = List.copyOf(review);
        opinions = List.copyOf(opinions);
        selfChecks = selfChecks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(selfChecks));
    }

    /** One task of the last resolution and whether the cell found it done. */
    public record ReviewedTask(String task, boolean done) {}

    /** One speaker and what they said. */
    public record Opinion(String speaker, String said) {}

    /** The quality criteria of Hướng dẫn 42-HD/BTCTW that nothing logged can show, answered by the secretary. */
    public enum SelfCheck {
        /** Notice and materials reached members at least a day before. */
        MATERIALS_EARLY,
        /** 15–30 minutes were spent on members' ideological situation. */
        IDEOLOGY_DISCUSSED,
        /** Democratic centralism, self-criticism and criticism were kept. */
        PRINCIPLES_KEPT
    }

    /** The review as stored: a line per task, "1" or "0", a tab, the task. */
    public static String reviewText(List<ReviewedTask> review) {
        return review.isEmpty()
                ? null
                : review.stream()
                        .map(r -> (r.done() ? "1" : "0") + "\t" + r.task())
                        .collect(Collectors.joining("\n"));
    }

    public static List<ReviewedTask> review(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<ReviewedTask> tasks = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                tasks.add(new ReviewedTask(line.substring(tab + 1), line.startsWith("1")));
            }
        }
        return tasks;
    }

    /** The opinions as stored: a line per opinion, "speaker: what they said". */
    public static String opinionsText(List<Opinion> opinions) {
        return opinions.isEmpty()
                ? null
                : opinions.stream().map(o -> o.speaker() + ": " + o.said()).collect(Collectors.joining("\n"));
    }

    public static List<Opinion> opinions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Opinion> opinions = new ArrayList<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                opinions.add(new Opinion(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip()));
            }
        }
        return opinions;
    }

    public static String checksText(Set<SelfCheck> checks) {
        return checks.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static Set<SelfCheck> checks(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(","))
                .filter(c ->
                        Arrays.stream(SelfCheck.values()).anyMatch(v -> v.name().equals(c)))
                .map(SelfCheck::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** How many different people spoke. */
    public long speakers() {
        return opinions.stream().map(Opinion::speaker).distinct().count();
    }
}
