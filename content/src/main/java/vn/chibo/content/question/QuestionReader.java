package vn.chibo.content.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Period;

/**
 * Reads a question typed in Vietnamese: what it asks (the grammar's intents), of which kind of meeting, for which
 * period, about which unit within the asker's scope, or which member. Pure and deterministic: the same text, scope and
 * day give the same reading. A question naming a unit and a period but no intent reads as asking for its status.
 */
public final class QuestionReader {

    private static final Set<String> PERSON_END = Set.of(
            "duoc", "co", "da", "nhan", "la", "o", "thuoc", "khen", "bao", "nhieu", "nhung", "gi", "nam", "thang");

    private static final List<String> MEETING_WORDS = List.of("hop", "sinh hoat", "to chuc", "chuyen de", "dien dan");

    private final QuestionGrammar grammar;
    private final UnitNames names;

    public QuestionReader(QuestionGrammar grammar) {
        this.grammar = grammar;
        this.names = new UnitNames();
    }

    public static QuestionReader standard() {
        return new QuestionReader(QuestionGrammar.standard());
    }

    /**
     * {@code scope}: the units the asker may see (their own among them); {@code today}: the day "this month" means.
     */
    public Interpretation read(String text, List<OrgUnit> scope, LocalDate today) {
        String q = grammar.normalise(text);
        Optional<Intent> intent = grammar.intent(q);
        Period period = PeriodWords.read(q, today).orElse(null);
        UnitNames.Named named = names.find(q, scope);
        String person = person(q);
        Intent read = intent.orElse(null);
        // "… đã sinh hoạt chuyên đề quý này chưa?": whether a meeting was held, asked as a yes or no, is the
        // not-met question (its answer says both).
        boolean yesOrNo = q.endsWith(" chua") || q.endsWith(" khong");
        boolean aboutMeeting = MEETING_WORDS.stream().anyMatch(w -> (" " + q + " ").contains(" " + w + " "));
        if (yesOrNo && aboutMeeting && (read == Intent.MET || read == null)) {
            read = Intent.NOT_MET;
        }
        if (read == null && (period != null || named instanceof UnitNames.Named.One)) {
            read = Intent.STATUS;
        }
        OrgUnit unit = named instanceof UnitNames.Named.One one ? one.unit() : null;
        List<OrgUnit> choices = named instanceof UnitNames.Named.Several several ? several.units() : List.of();
        String unknown = named instanceof UnitNames.Named.Unknown u ? u.name() : null;
        return new Interpretation(read, grammar.kind(q).orElse("monthly"), period, unit, choices, unknown, person);
    }

    /** The name after "đồng chí" ("đồng chí Bình được khen những gì" → "binh"), folded; null if none. */
    private static String person(String q) {
        String[] tokens = q.split(" ");
        for (int i = 0; i + 2 < tokens.length + 1; i++) {
            if (i + 1 < tokens.length && tokens[i].equals("dong") && tokens[i + 1].equals("chi")) {
                List<String> name = new ArrayList<>();
                for (int j = i + 2; j < tokens.length && !PERSON_END.contains(tokens[j]); j++) {
                    name.add(tokens[j]);
                }
                return name.isEmpty() ? null : String.join(" ", name);
            }
        }
        return null;
    }
}
