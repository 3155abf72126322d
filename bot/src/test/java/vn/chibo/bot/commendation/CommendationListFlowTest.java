package vn.chibo.bot.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Screen;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/** /khenthuong_ds as its steps: filter pickers, stale choices, the export of nothing, a recipient typed. */
class CommendationListFlowTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit COMMITTEE = new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP", "/1/");
    static final Actor LEADER =
            new Actor(1003, "Cường", new RoleAssignment(3, Role.LEADER, COMMITTEE, "Lê Văn Cường", 1003L), false);

    final Texts texts = TestTexts.real();
    final Commendations commendations = mock(Commendations.class);
    final CommendationList list =
            new CommendationList(commendations, texts, NOW, new CommendationListScreen(commendations, texts));

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
