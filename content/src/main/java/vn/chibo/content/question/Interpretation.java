package vn.chibo.content.question;

import java.util.List;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Period;

/**
 * How a question was read. {@code intent} null: not understood. {@code period} null: none said (the answer takes its
 * own default). {@code unit} null: the asker's own unit, unless {@code choices} lists units that fit equally (the
 * asker picks one) or {@code unknownName} is a name that fits nothing in scope (refused, revealing nothing).
 * {@code kind}: "monthly", "thematic" or "forum". {@code person}: a member's name after "đồng chí", or null.
 */
public record Interpretation(
        Intent intent,
        String kind,
        Period period,
        OrgUnit unit,
        List<OrgUnit> choices,
        String unknownName,
        String person) {

    public Interpretation {
        choices = List.copyOf(choices);
    }

    public boolean understood() {
        return intent != null;
    }
}
