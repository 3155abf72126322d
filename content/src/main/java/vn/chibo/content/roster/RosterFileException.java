package vn.chibo.content.roster;

/** The file as a whole cannot be read. */
public class RosterFileException extends RuntimeException {

    private final transient RowProblem problem;

    RosterFileException(Problem problem, Object... args) {
        super(problem.english(args));
        this.problem = RowProblem.of(0, problem, args);
    }

    public RowProblem problem() {
        return problem;
    }
}
