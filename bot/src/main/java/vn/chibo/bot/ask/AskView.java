package vn.chibo.bot.ask;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.HomeUnits;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.status.PeriodLabels;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.question.Intent;
import vn.chibo.content.question.Interpretation;
import vn.chibo.content.question.QuestionReader;
import vn.chibo.content.status.Period;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Reads a question and answers it for the asker's scope only. What was understood heads the answer ("Hiểu là: …"),
 * with buttons to ask the same of another period or of the asker's whole unit; several units that fit are offered as
 * buttons; a name that fits nothing in scope gets a plain refusal that says nothing of whether it exists; a question
 * not understood gets a short help. Buttons carry {@code q:<intent>:<kind>:<period or ->:<unit>}, checked against the
 * person's scope when pressed.
 */
@Component
class AskView {

    static final String PREFIX = "q";
    private static final Logger log = LoggerFactory.getLogger(AskView.class);
    /** Telegram's longest message text (characters). */
    private static final int TEXT_LIMIT = 4096;

    /** The longest question read (characters); a longer text is not a question. */
    static final int MAX_QUESTION = 300;

    private final HomeUnits homes;
    private final QuestionReader reader = QuestionReader.standard();
    private final OrgUnits units;
    private final AskAnswers answers;
    private final PeriodLabels labels;
    private final Texts texts;
    private final Clock clock;

    AskView(OrgUnits units, AskAnswers answers, PeriodLabels labels, Texts texts, Clock clock, HomeUnits homes) {
        this.homes = homes;
        this.units = units;
        this.answers = answers;
        this.labels = labels;
        this.texts = texts;
        this.clock = clock;
    }

    List<Outgoing> ask(Incoming in, Actor actor, String text) {
        Optional<OrgUnit> home = homes.of(actor);
        if (home.isEmpty()) {
            return Reply.text(in, texts.t("text.not_understood"));
        }
        if (text == null || text.isBlank()) {
            return Reply.text(in, texts.t("ask.how"));
        }
        if (text.length() > MAX_QUESTION) {
            return Reply.text(in, texts.t("ask.too_long", Integer.toString(MAX_QUESTION)));
        }
        List<OrgUnit> scope = units.allWithin(home.get().path());
        Interpretation reading = reader.read(text, scope, LocalDate.now(clock));
        if (!reading.understood()) {
            return Reply.text(in, texts.t("ask.lost"));
        }
        if (reading.unknownName() != null) {
            return Reply.text(in, texts.t("ask.not_in_scope", reading.unknownName()));
        }
        if (!reading.choices().isEmpty()) {
            List<List<Button>> rows = reading.choices().stream()
                    .limit(8)
                    .map(u -> List.of(Button.callback(
                            answers.place(u), data(reading.intent(), reading.kind(), reading.period(), u))))
                    .toList();
            return Reply.text(in, texts.t("ask.which"), rows);
        }
        OrgUnit unit = reading.unit() == null ? home.get() : reading.unit();
        return answer(
                in, actor, reading.intent(), reading.kind(), reading.period(), unit, home.get(), reading.person());
    }

    /** A button under an answer or a choice: the same question for the unit and period it carries. */
    List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        Optional<OrgUnit> home = homes.of(actor);
        Optional<Intent> intent = data.size() == 4 && data.field(0).matches("\\d{1,2}")
                ? Optional.of(Integer.parseInt(data.field(0)))
                        .filter(i -> i < Intent.values().length)
                        .map(i -> Intent.values()[i])
                : Optional.empty();
        Optional<Period> period =
                data.size() == 4 && !data.field(2).equals("-") ? Period.parse(data.field(2)) : Optional.empty();
        Optional<OrgUnit> unit = data.size() == 4 && data.field(3).matches("\\d{1,18}")
                ? units.find(Long.parseLong(data.field(3)))
                : Optional.empty();
        boolean periodOk = data.size() == 4 && (data.field(2).equals("-") || period.isPresent());
        if (home.isEmpty()
                || intent.isEmpty()
                || unit.isEmpty()
                || !periodOk
                || !actor.scope().includes(unit.get())) {
            log.warn("User {} pressed a question button outside their scope or malformed: {}", in.userId(), data.raw());
            return Reply.answer(in, texts.t("button.stale"), false);
        }
        List<Outgoing> replies = new ArrayList<>(Reply.answer(in, null, false));
        replies.addAll(answer(
                in, actor, intent.get(), kind(data.field(1)), period.orElse(null), unit.get(), home.get(), null));
        return replies;
    }

    private List<Outgoing> answer(
            Incoming in,
            Actor actor,
            Intent intent,
            String kind,
            Period said,
            OrgUnit unit,
            OrgUnit home,
            String person) {
        Period period = said == null ? answers.defaultPeriod(intent, kind) : said;
        if (intent == Intent.AWARDS && period.kind() != Period.Kind.YEAR) {
            // Commendations are counted by year, as /khenthuong_ds counts them: the year the period falls in.
            period = Period.year(period.year());
        }
        String understood = texts.t(
                "ask.understood",
                answers.intentWords(intent, kind),
                answers.periodWords(intent, period, said != null),
                person == null ? unit.name() : texts.t("ask.person", person, unit.name()));
        List<List<Button>> change = changes(intent, kind, period, unit, home);
        List<Outgoing> answered = answers.answer(in, actor, intent, kind, period, unit, person);
        List<Outgoing> replies = new ArrayList<>();
        Outgoing first = answered.isEmpty() ? null : answered.get(0);
        boolean oneMessage = first != null
                && first.kind() == Outgoing.Kind.SEND_TEXT
                && understood.length() + 2 + first.text().length() <= TEXT_LIMIT;
        if (oneMessage) {
            // What was understood heads the answer itself: one message, so the answer is not paced behind another.
            List<List<Button>> rows = new ArrayList<>(first.keyboard() == null ? List.of() : first.keyboard());
            rows.addAll(change);
            replies.add(Outgoing.text(in.chatId(), understood + "\n\n" + first.text(), rows));
            replies.addAll(answered.subList(1, answered.size()));
        } else {
            replies.add(Outgoing.text(in.chatId(), understood, change));
            replies.addAll(answered);
        }
        return replies;
    }

    /** Other periods for a question about a period, and the asker's whole unit when the answer is about a part. */
    private List<List<Button>> changes(Intent intent, String kind, Period period, OrgUnit unit, OrgUnit home) {
        List<List<Button>> rows = new ArrayList<>();
        if (answers.periodMatters(intent)) {
            LocalDate today = LocalDate.now(clock);
            List<Button> row = new ArrayList<>();
            for (Period other : List.of(
                    Period.month(YearMonth.from(today)),
                    Period.month(YearMonth.from(today).minusMonths(1)),
                    Period.quarterOf(today),
                    Period.year(today.getYear()))) {
                if (!other.equals(period)) {
                    row.add(Button.callback(labels.of(other), data(intent, kind, other, unit)));
                }
            }
            rows.add(row.subList(0, Math.min(3, row.size())));
        }
        if (unit.id() != home.id()) {
            rows.add(List.of(Button.callback(texts.t("ask.whole", home.name()), data(intent, kind, period, home))));
        }
        return rows;
    }

    private static CallbackData data(Intent intent, String kind, Period period, OrgUnit unit) {
        return CallbackData.of(
                PREFIX, intent.ordinal(), kind.substring(0, 1), period == null ? "-" : period.code(), unit.id());
    }

    private static String kind(String letter) {
        return switch (letter) {
            case "t" -> "thematic";
            case "f" -> "forum";
            default -> "monthly";
        };
    }
}
