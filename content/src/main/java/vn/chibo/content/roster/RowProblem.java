package vn.chibo.content.roster;

import java.util.List;

/** A problem found on row {@code line} (0: the file as a whole). */
public record RowProblem(int line, Problem problem, List<String> args) {

    static RowProblem of(int line, Problem problem, Object... args) {
        return new RowProblem(
                line,
                problem,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String english() {
        String text = problem.english(args.toArray());
        return line == 0 ? text : "row " + line + ": " + text;
    }
}
