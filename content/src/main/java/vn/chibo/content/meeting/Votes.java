package vn.chibo.content.meeting;

/** The vote on the resolution. */
public record Votes(int agree, int disagree, int abstain) {

    public int total() {
        return agree + disagree + abstain;
    }
}
