package vn.chibo.content.plan;

import java.util.List;

/**
 * An organisation's registration to a plan: a thematic meeting topic for each quarter (four), and its model of
 * "học tập và làm theo": name ("Đoàn kết, trách nhiệm"), content, commitments (may be null).
 */
public record Registration(
        long planId, long unitId, List<String> topics, String modelName, String modelContent, String commitments) {

    /** The longest topic or model name kept (characters). */
    public static final int MAX_LINE = 300;
    /** The longest model content or commitments kept (characters). */
    public static final int MAX_TEXT = 2000;

    public Registration {
        topics = List.copyOf(topics);
        if (topics.size() != 4) {
            throw new IllegalArgumentException("a topic for each of the four quarters");
        }
    }

    /** The topic planned for {@code quarter} (1 to 4). */
    public String topic(int quarter) {
        return topics.get(quarter - 1);
    }
}
