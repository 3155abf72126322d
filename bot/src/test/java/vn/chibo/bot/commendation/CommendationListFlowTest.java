package vn.chibo.bot.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Screen;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.CorrectCommendations;
import vn.chibo.content.commendation.CorrectCommendations.Field;
import vn.chibo.content.commendation.CorrectCommendations.Reason;
import vn.chibo.content.commendation.StoredCommendation;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * /khenthuong_ds as its steps: filter pickers, stale choices, the export of nothing, a recipient typed, and a saved
 * commendation corrected or deleted.
 */
class CommendationListFlowTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit COMMITTEE = new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP", "/1/");
    static final Actor LEADER =
            new Actor(1003, "Cường", new RoleAssignment(3, Role.LEADER, COMMITTEE, "Lê Văn Cường", 1003L), false);

    static final OrgUnit CELL = new OrgUnit(2, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/2/");
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);
    static final StoredCommendation MERIT = new StoredCommendation(
            41,
            new Commendation(
                    2,
                    7L,
                    "Nguyễn Văn An",
                    AwardForm.MERIT,
                    null,
                    null,
                    "Tỉnh ủy Quảng Trị",
                    "Hoàn thành xuất sắc nhiệm vụ",
                    null,
                    List.of(),
                    "1243-QĐ/TU",
                    LocalDate.of(2026, 1, 15),
                    List.of()),
            "Chi bộ Văn phòng",
            2026,
            1001L,
            Instant.parse("2026-11-30T03:00:00Z"));

    final Texts texts = TestTexts.real();
    final Commendations commendations = mock(Commendations.class);
    final CorrectCommendations correct = mock(CorrectCommendations.class);
    final ChiboProperties properties = mock(ChiboProperties.class);
    final CommendationListScreen screen = new CommendationListScreen(commendations, texts);
    final CommendationList list = new CommendationList(commendations, texts, NOW, screen, correction());

    private CommendationCorrection correction() {
        when(properties.commendations()).thenReturn(new ChiboProperties.CommendationSettings(Duration.ofDays(30)));
        Readers readers = new Readers(texts, NOW);
        return new CommendationCorrection(
                commendations,
                correct,
                new CorrectedFields(
                        new CommendationAnswers(
                                texts, NOW, mock(Members.class), mock(OrgUnits.class), commendations, readers),
                        readers,
                        texts,
                        NOW),
                screen,
                texts,
                NOW,
                properties);
    }

    /** The secretary's list showing one commendation recorded yesterday, still correctable. */
    private CommendationListState aListWithOneCorrectableCommendation() {
        when(commendations.find(any(CommendationFilter.class))).thenReturn(List.of(MERIT));
        when(commendations.find(41L)).thenReturn(Optional.of(MERIT));
        when(correct.correctable(any(), any(), any())).thenReturn(true);
        return list.thisYear();
    }

    @Test
    void aMistypedDecisionNumberIsPickedCorrectedAndShownAgain() {
        var state = aListWithOneCorrectableCommendation();
        assertThat(list.opened(state, SECRETARY))
                .isInstanceOfSatisfying(Turn.Show.class, show -> assertThat(labels(show.screen()))
                        .contains("✏️ Sửa, xóa"));

        var entries = list.pressed(state, Action.EDIT, CommendationList.CORRECT, SECRETARY);
        assertThat(entries).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("entries");
            assertThat(labels(show.screen())).containsExactly("1. Bằng khen — Nguyễn Văn An", "« Quay lại");
        });
        var entry = list.pressed(state, Action.CHOOSE, 0, SECRETARY);
        assertThat(entry).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("entry");
            assertThat(show.screen().text()).contains("số 1243-QĐ/TU").contains("đến ngày 30/12/2026");
            assertThat(labels(show.screen()))
                    .containsExactly(
                            "Số quyết định",
                            "Ngày quyết định",
                            "Cấp khen",
                            "Thành tích",
                            "🗑 Xóa khen thưởng này",
                            "« Về danh sách");
        });
        var asked = list.pressed(
                state, Action.EDIT, CommendationCorrection.FIELD + Field.DECISION_NUMBER.ordinal(), SECRETARY);
        assertThat(asked).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("fix");
            assertThat(show.screen().text()).isEqualTo("Gõ nội dung mới cho “Số quyết định” (hiện nay: 1243-QĐ/TU).");
        });

        var done = list.typed(state, "1234-QĐ/TU", SECRETARY);

        verify(correct).correct(eq(41L), eq(Field.DECISION_NUMBER), eq("1234-QĐ/TU"), eq(SECRETARY), any(), any());
        assertThat(done).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("entry");
            assertThat(show.screen().text()).startsWith("✅ Đã sửa “Số quyết định” thành: 1234-QĐ/TU.");
        });
        assertThat(state.field).isNull();
    }

    @Test
    void aDateThatIsNoDayIsAskedAgainAndNothingIsSaved() {
        var state = aListWithOneCorrectableCommendation();
        list.pressed(state, Action.EDIT, CommendationList.CORRECT, SECRETARY);
        list.pressed(state, Action.CHOOSE, 0, SECRETARY);
        list.pressed(state, Action.EDIT, CommendationCorrection.FIELD + Field.DECISION_DATE.ordinal(), SECRETARY);

        assertThat(list.typed(state, "31/4/2026", SECRETARY)).isInstanceOf(Turn.Say.class);
        verify(correct, never()).correct(anyLong(), any(), any(), any(), any(), any());
        assertThat(state.field).isEqualTo("DECISION_DATE");
    }

    @Test
    void aDateTheRulesRefuseIsSaidAndTheQuestionStays() {
        var state = aListWithOneCorrectableCommendation();
        when(correct.correct(anyLong(), any(), any(), any(), any(), any()))
                .thenReturn(Optional.of(Reason.DECISION_DATE));
        list.pressed(state, Action.EDIT, CommendationList.CORRECT, SECRETARY);
        list.pressed(state, Action.CHOOSE, 0, SECRETARY);
        list.pressed(state, Action.EDIT, CommendationCorrection.FIELD + Field.DECISION_DATE.ordinal(), SECRETARY);

        assertThat(list.typed(state, "1/12/2026", SECRETARY))
                .isInstanceOfSatisfying(Turn.Say.class, say -> assertThat(say.text())
                        .startsWith("Ngày quyết định 1/12/2026 không hợp lệ"));
        assertThat(state.field).isEqualTo("DECISION_DATE");
    }

    @Test
    void deletingAsksFirstAndOnlyTheAnswerDeletes() {
        var state = aListWithOneCorrectableCommendation();
        list.pressed(state, Action.EDIT, CommendationList.CORRECT, SECRETARY);
        list.pressed(state, Action.CHOOSE, 0, SECRETARY);

        var ask = list.pressed(state, Action.EDIT, CommendationCorrection.DELETE_ASK, SECRETARY);
        assertThat(ask).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("delete");
            assertThat(show.screen().text()).startsWith("Xóa khen thưởng: Bằng khen — Nguyễn Văn An");
        });
        verify(correct, never()).withdraw(anyLong(), any(), any(), any());
        when(correct.withdraw(anyLong(), any(), any(), any())).thenReturn(Optional.empty());

        var deleted = list.pressed(state, Action.SAVE, -1, SECRETARY);

        verify(correct).withdraw(eq(41L), eq(SECRETARY), eq(Duration.ofDays(30)), any());
        assertThat(deleted).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("list");
            assertThat(show.screen().text()).startsWith("🗑 Đã xóa khen thưởng: Bằng khen — Nguyễn Văn An");
        });
        assertThat(state.correcting).isNull();
    }

    @Test
    void aSavePressedWhenNoDeletionWasAskedIsStale() {
        var state = aListWithOneCorrectableCommendation();
        list.pressed(state, Action.EDIT, CommendationList.CORRECT, SECRETARY);
        list.pressed(state, Action.CHOOSE, 0, SECRETARY);

        assertThat(list.pressed(state, Action.SAVE, -1, SECRETARY)).isInstanceOf(Turn.Toast.class);
        verify(correct, never()).withdraw(anyLong(), any(), any(), any());
    }

    @Test
    void aCommendationPastItsWindowOffersNoCorrection() {
        when(commendations.find(any(CommendationFilter.class))).thenReturn(List.of(MERIT));
        when(correct.correctable(any(), any(), any())).thenReturn(false);
        var state = list.thisYear();

        assertThat(list.opened(state, SECRETARY))
                .isInstanceOfSatisfying(Turn.Show.class, show -> assertThat(labels(show.screen()))
                        .doesNotContain("✏️ Sửa, xóa"));
        assertThat(list.pressed(state, Action.EDIT, CommendationList.CORRECT, SECRETARY))
                .isInstanceOfSatisfying(
                        Turn.Toast.class, toast -> assertThat(toast.alert()).isTrue());
    }

    @Test
    void itOpensOnThisYearWithTheFilterButtonsAndNothingToExport() {
        Turn<CommendationListState> first = list.opened(list.thisYear(), LEADER);

        assertThat(first).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("list");
            assertThat(show.screen().text())
                    .startsWith("🏅 Khen thưởng — Đảng bộ Sở Tư pháp")
                    .contains("2026")
                    .contains("Chưa có khen thưởng nào khớp bộ lọc");
            assertThat(labels(show.screen())).containsExactly("📅 Năm", "🏷 Hình thức", "🏛 Cấp khen");
        });
    }

    @Test
    void aYearPickedFromThePickerFiltersTheList() {
        when(commendations.years(any())).thenReturn(List.of(2026, 2025));
        var state = list.thisYear();

        var picker = list.pressed(state, Action.EDIT, CommendationList.YEAR, LEADER);
        assertThat(picker).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("picker");
            assertThat(show.screen().text()).isEqualTo("Chọn năm:");
            assertThat(labels(show.screen())).containsExactly("2026", "2025", "Tất cả", "« Quay lại");
        });
        var listed = list.pressed(state, Action.CHOOSE, 1, LEADER);

        assertThat(listed).isInstanceOf(Turn.Show.class);
        assertThat(state.year).isEqualTo(2025);
        assertThat(state.picker).isNull();
        verify(commendations).find(argThat(f -> Integer.valueOf(2025).equals(f.year())));
    }

    @Test
    void aChoiceWithNoPickerOpenOrBeyondItsOptionsIsStale() {
        var state = list.thisYear();

        assertThat(list.pressed(state, Action.CHOOSE, 0, LEADER))
                .isEqualTo(new Turn.Toast<>(
                        "Nút này đã được bấm hoặc không còn hiệu lực. Đồng chí vui lòng dùng" + " tin nhắn mới nhất.",
                        false));
        list.pressed(state, Action.EDIT, CommendationList.FORM, LEADER);
        assertThat(list.pressed(state, Action.CHOOSE, 99, LEADER)).isInstanceOf(Turn.Toast.class);
        assertThat(state.form).isNull();
    }

    @Test
    void nothingToExportIsSaidAsAnAlert() {
        assertThat(list.pressed(list.thisYear(), Action.EXPORT, -1, LEADER))
                .isEqualTo(new Turn.Toast<>("Không có khen thưởng nào để xuất.", true));
    }

    @Test
    void aTypedNameFiltersByRecipientAndATooLongOneIsRefused() {
        var state = list.thisYear();
        state.page = 3;

        assertThat(list.typed(state, "x".repeat(101), LEADER)).isInstanceOf(Turn.Say.class);
        assertThat(list.typed(state, "  Nguyễn Văn An ", LEADER)).isInstanceOf(Turn.Show.class);
        assertThat(state.recipient).isEqualTo("Nguyễn Văn An");
        assertThat(state.page).isZero();
    }

    private static List<String> labels(Screen screen) {
        return screen.rows().stream()
                .flatMap(List::stream)
                .map(Screen.Key::label)
                .toList();
    }
}
