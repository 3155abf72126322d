package vn.chibo.bot.chat.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/** The engine's rules, once for every form: what each input does to a small form that has every kind of question. */
class FormStepTest {

    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB Văn phòng", "/1/7/");
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);
    static final Actor STRANGER = new Actor(1003, "Cường", null, false);

    /** Every kind of question, each with the engine's conventions in play. */
    static final class Sample implements Form {
        List<Option> people = List.of(new Option("Nguyễn Văn An", "1"), new Option("Trần Thị Bình", "2"));

        @Override
        public String name() {
            return "sample";
        }

        @Override
        public boolean allows(Actor actor) {
            return actor.acting() != null;
        }

        @Override
        public List<Question> questions() {
            return List.of(
                    Question.choose("cell")
                            .prompt(a -> "")
                            .options((a, actor) -> List.of(new Option(CELL.name(), "7"))),
                    Question.choose("kind")
                            .prompt(a -> "Loại?")
                            .options((a, actor) -> List.of(
                                    new Option("Thường kỳ", "MONTHLY"),
                                    new Option("Chuyên đề", "THEMATIC"),
                                    new Option("Không, hủy", Forms.CANCEL))),
                    Question.text("topic")
                            .prompt(a -> "Chủ đề?")
                            .parseSeeing((text, a) -> text.length() < 3 ? Parsed.wrong("Quá ngắn.") : Parsed.ok(text))
                            .skippable()
                            .when(a -> "THEMATIC".equals(a.value("kind")))
                            .quick((a, actor) -> List.of(new Option("Học tập và làm theo", "Học tập và làm theo"))),
                    Question.toggle("absent").prompt(a -> "Ai vắng?").options((a, actor) -> people),
                    Question.choose("chair").prompt(a -> "Ai chủ trì?").options((a, actor) -> people),
                    Question.text("tasks")
                            .prompt(a -> "Nhiệm vụ?")
                            .parseSeeing((text, a) -> Parsed.ok(text))
                            .several(40),
                    Question.photos("photos").prompt(a -> "Ảnh?"));
        }

        @Override
        public String summary(Answers a, Actor actor) {
            return "Tóm tắt: " + a.label("kind") + ", chủ trì " + a.label("chair");
        }

        @Override
        public List<Option> editable(Answers answers) {
            return List.of(new Option("✏️ Loại", "kind"), new Option("✏️ Chủ trì", "chair"));
        }

        @Override
        public List<String> dependents(String key) {
            return key.equals("kind") ? List.of("topic") : List.of();
        }

        @Override
        public Saved save(Answers answers, Actor actor, long chatId) {
            throw new AssertionError("FormStep never saves; the runner does");
        }
    }

    @Test
    void aChoiceWithOneOptionAnswersItselfAndTheFormOpensAtTheNextQuestion() {
        FlowTester flow = FlowTester.open(new Sample(), SECRETARY);

        assertThat(flow.question()).isEqualTo("kind");
        assertThat(flow.text()).isEqualTo("Loại?");
        assertThat(flow.buttons()).containsExactly("Thường kỳ", "Chuyên đề", "Không, hủy", "✖ Hủy");
        assertThat(flow.answers().value("cell")).isEqualTo("7");
    }

    @Test
    void aQuestionWhoseConditionFailsIsPassedOver() {
        FlowTester flow = FlowTester.open(new Sample(), SECRETARY).taps("Thường kỳ");

        assertThat(flow.question()).isEqualTo("absent");
    }

    @Test
    void aTypedAnswerThatDoesNotReadIsAskedAgainWithTheReason() {
        FlowTester flow =
                FlowTester.open(new Sample(), SECRETARY).taps("Chuyên đề").types("ab");

        assertThat(flow.question()).isEqualTo("topic");
        assertThat(flow.text()).isEqualTo("Quá ngắn.\n\nChủ đề?");
        assertThat(flow.buttons()).containsExactly("Học tập và làm theo", "Bỏ qua", "« Quay lại", "✖ Hủy");
    }

    @Test
    void aReadyAnswerOrSkipAnswersATypedQuestion() {
        FlowTester quick =
                FlowTester.open(new Sample(), SECRETARY).taps("Chuyên đề").taps("Học tập và làm theo");
        FlowTester skipped =
                FlowTester.open(new Sample(), SECRETARY).taps("Chuyên đề").taps("Bỏ qua");

        assertThat(quick.answers().value("topic")).isEqualTo("Học tập và làm theo");
        assertThat(skipped.answers().has("topic")).isFalse();
        assertThat(skipped.answers().label("topic")).isEqualTo("(bỏ qua)");
        assertThat(skipped.question()).isEqualTo("absent");
    }

    @Test
    void switchingANameKeepsTheButtonsOnScreenValidAndDoneSumsThemUp() {
        FlowTester flow =
                FlowTester.open(new Sample(), SECRETARY).taps("Thường kỳ").taps("☐ Trần Thị Bình");

        assertThat(((Step.Show) flow.outcome()).sameButtons()).isTrue();
        assertThat(flow.buttons())
                .containsExactly("☐ Nguyễn Văn An", "☑ Trần Thị Bình", "✔ Xong", "« Quay lại", "✖ Hủy");

        flow.taps("✔ Xong");
        assertThat(flow.answers().value("absent")).isEqualTo("2");
        assertThat(flow.answers().label("absent")).isEqualTo("Trần Thị Bình");
        assertThat(((Step.Show) flow.outcome()).sameButtons()).isFalse();
    }

    @Test
    void severalMessagesAreCollectedUntilDoneAndDoneWithNothingAsksAgain() {
        FlowTester flow = toTasks();
        assertThat(flow.buttons()).as("no Xong before anything is typed").containsExactly("« Quay lại", "✖ Hủy");

        flow.presses(Action.DONE, FormButton.NO_INDEX);
        assertThat(flow.text()).startsWith("Chưa có nội dung nào.");
        assertThat(flow.question()).isEqualTo("tasks");

        flow.types("Hoàn thành báo cáo quý").types("Chuẩn bị đại hội");
        assertThat(flow.text()).contains("Nhiệm vụ?");
        flow.taps("✔ Xong");
        assertThat(flow.answers().value("tasks")).isEqualTo("Hoàn thành báo cáo quý\nChuẩn bị đại hội");
        assertThat(flow.question()).isEqualTo("photos");
    }

    @Test
    void photosAreKeptUntilDoneAndAPhotoElsewhereIsRefused() {
        FlowTester early = FlowTester.open(new Sample(), SECRETARY).sendsPhoto("AgAD1");
        assertThat(early.outcome()).isInstanceOf(Step.Say.class);

        FlowTester flow =
                toTasks().types("Một việc").taps("✔ Xong").sendsPhoto("AgAD1").sendsPhoto("AgAD2");
        assertThat(flow.buttons()).contains("✔ Xong");
        flow.taps("✔ Xong");
        assertThat(flow.answers().value("photos")).isEqualTo("AgAD1,AgAD2");
        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text()).isEqualTo("Tóm tắt: Thường kỳ, chủ trì Nguyễn Văn An");
    }

    @Test
    void severalMessagesStopAtTheColumnsLengthSayingHowMuchIsKept() {
        FlowTester flow = toTasks().types("Hoàn thành báo cáo quý").types("Chuẩn bị đại hội chi bộ nhiệm kỳ mới");

        assertThat(flow.text())
                .startsWith("Phần này tối đa 40 ký tự; đã ghi 22 ký tự nên đoạn vừa gửi chưa được thêm.");
        assertThat(flow.question()).isEqualTo("tasks");
        flow.types("Họp tổ").taps("✔ Xong");
        assertThat(flow.answers().value("tasks")).isEqualTo("Hoàn thành báo cáo quý\nHọp tổ");
    }

    @Test
    void photosStopAtTheMostARecordKeeps() {
        FlowTester flow = toTasks().types("Một việc").taps("✔ Xong");
        IntStream.rangeClosed(1, Question.Photos.MAX).forEach(i -> flow.sendsPhoto("AgAD" + i));

        flow.sendsPhoto("AgAD-extra");

        assertThat(flow.outcome())
                .isEqualTo(new Step.Say("Mỗi hồ sơ giữ tối đa 10 ảnh; đã đủ nên ảnh vừa gửi chưa được thêm. "
                        + "Đồng chí bấm “Xong” để sang bước sau."));
        flow.presses(Action.DONE, FormButton.NO_INDEX);
        assertThat(flow.answers().value("photos").split(",")).hasSize(Question.Photos.MAX);
    }

    @Test
    void backReturnsToTheQuestionAskedBeforeNotToOneThatAnsweredItself() {
        FlowTester flow =
                FlowTester.open(new Sample(), SECRETARY).taps("Thường kỳ").taps("« Quay lại");

        assertThat(flow.question()).isEqualTo("kind");
        assertThat(flow.buttons()).doesNotContain("« Quay lại");
    }

    @Test
    void cancelEndsTheFormAndSoDoesACancellingOption() {
        assertThat(FlowTester.open(new Sample(), SECRETARY).taps("✖ Hủy").outcome())
                .isEqualTo(new Step.End("Đã hủy thao tác đang làm. Không có gì được lưu."));
        assertThat(FlowTester.open(new Sample(), SECRETARY).taps("Không, hủy").outcome())
                .isInstanceOf(Step.End.class);
    }

    @Test
    void changingAnAnswerOnTheSummaryAsksItAndWhatDependedOnItThenReturns() {
        FlowTester flow = toSummary();
        flow.taps("✏️ Loại");
        assertThat(flow.question()).isEqualTo("kind");

        flow.taps("Chuyên đề");
        assertThat(flow.question()).as("the topic depended on the kind").isEqualTo("topic");
        flow.types("Học tập Chỉ thị 05");
        assertThat(flow.question()).as("answers kept are not asked again").isEqualTo("summary");
        assertThat(flow.text()).isEqualTo("Tóm tắt: Chuyên đề, chủ trì Nguyễn Văn An");

        flow.taps("✅ Lưu");
        assertThat(flow.saved())
                .hasValueSatisfying(a -> assertThat(a.value("topic")).isEqualTo("Học tập Chỉ thị 05"));
    }

    @Test
    void aPressOnAnOptionNotOnScreenChangesNothing() {
        FlowTester flow = FlowTester.open(new Sample(), SECRETARY);

        assertThat(flow.presses(Action.CHOOSE, 9).outcome()).isInstanceOf(Step.Stale.class);
        assertThat(flow.presses(Action.SAVE, FormButton.NO_INDEX).outcome()).isInstanceOf(Step.Stale.class);
        assertThat(flow.question()).isEqualTo("kind");
    }

    @Test
    void typingOnAChoiceFiltersItsOptionsAndLongListsArePaged() {
        Sample form = new Sample();
        form.people = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new Option("Đảng viên " + i, Integer.toString(i)))
                .toList();
        FlowTester flow = FlowTester.open(form, SECRETARY).taps("Thường kỳ").taps("✔ Xong");

        assertThat(flow.question()).isEqualTo("chair");
        assertThat(flow.buttons()).hasSize(8 + 1 + 2).contains("Trang sau ›");
        assertThat(flow.text()).contains("20");
        flow.taps("Trang sau ›");
        assertThat(flow.buttons()).contains("Đảng viên 9", "‹ Trang trước");

        flow.types("vien 1");
        assertThat(flow.buttons()).contains("Đảng viên 1", "Đảng viên 10").doesNotContain("Đảng viên 2");
    }

    @Test
    void someoneWithoutTheRightIsRefusedAtEveryStep() {
        FlowTester flow = FlowTester.open(new Sample(), STRANGER);

        assertThat(flow.outcome()).isEqualTo(new Step.End("Đồng chí không có quyền thực hiện thao tác này."));
    }

    private static FlowTester toTasks() {
        return FlowTester.open(new Sample(), SECRETARY)
                .taps("Thường kỳ")
                .taps("✔ Xong")
                .taps("Nguyễn Văn An");
    }

    private static FlowTester toSummary() {
        return toTasks().types("Một việc").taps("✔ Xong").taps("Bỏ qua");
    }
}
