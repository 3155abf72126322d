package vn.chibo.content.meeting;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The vote on the resolution: agree, disagree, abstain. */
public record Votes(int agree, int disagree, int abstain) {

    /** No vote taken (a meeting without a resolution). */
    public static final Votes NONE = new Votes(0, 0, 0);

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int MAX_DIGITS = 6;

    public int total() {
        return agree + disagree + abstain;
    }

    /** As an answer keeps it: "15 0 1". {@link #read} reads it back. */
    public String key() {
        return agree + " " + disagree + " " + abstain;
    }

    /**
     * The three numbers of {@code text}, in order, whatever words stand between them ("15 tán thành, 0 không tán
     * thành, 1 phiếu trắng"); empty unless there are exactly three, each of at most six digits.
     */
    public static Optional<Votes> read(String text) {
        var numbers = NUMBER.matcher(text == null ? "" : text)
                .results()
                .map(MatchResult::group)
                .toList();
        if (numbers.size() != 3 || numbers.stream().anyMatch(n -> n.length() > MAX_DIGITS)) {
            return Optional.empty();
        }
        return Optional.of(new Votes(
                Integer.parseInt(numbers.get(0)), Integer.parseInt(numbers.get(1)), Integer.parseInt(numbers.get(2))));
    }
}
