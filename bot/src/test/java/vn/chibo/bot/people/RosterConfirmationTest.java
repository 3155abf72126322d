package vn.chibo.bot.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.telegram.FileDownloads;
import vn.chibo.content.access.Actor;
import vn.chibo.content.roster.ImportReport;
import vn.chibo.content.roster.RosterImport;
import vn.chibo.content.roster.RosterReader;

/** A previewed roster: imported only on "Nhập", only if the file fetched again is the one previewed. */
class RosterConfirmationTest {

    static final Actor ADMIN = new Actor(1, "Quản trị", null, true);
    static final byte[] FILE =
            "org_path,member_name,member_status,party_join_date\nA / Chi bộ B,Lê Văn Tám,chính thức,\n"
                    .getBytes(StandardCharsets.UTF_8);

    final RosterImport roster = mock(RosterImport.class);
    final FileDownloads downloads = mock(FileDownloads.class);
    final RosterConfirmation confirmation =
            new RosterConfirmation(roster, downloads, mock(BotIdentity.class), TestTexts.real());
    final RosterConfirmation.Pending pending = RosterConfirmation.Pending.of(
            "file-1", "ds.csv", RosterConfirmation.sha256(FILE), "Tệp ds.csv có 1 dòng. Nếu nhập, chibo sẽ: …");

    @Test
    void thePreviewIsShownWithItsButtonsButNotKeptInTheConversation() {
        assertThat(confirmation.opened(pending, ADMIN)).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.screen().text()).isEqualTo(pending.preview);
            assertThat(show.screen().rows().get(0))
                    .extracting(k -> k.label())
                    .containsExactly("✅ Nhập danh sách", "✖ Hủy");
            assertThat(((RosterConfirmation.Pending) show.state()).preview).isNull();
            assertThat(((RosterConfirmation.Pending) show.state()).fileId).isEqualTo("file-1");
        });
    }

    @Test
    void cancelImportsNothing() throws IOException {
        assertThat(confirmation.pressed(pending, Action.CANCEL, -1, ADMIN))
                .isEqualTo(new Turn.End<>("Đã hủy: chibo không nhập tệp ds.csv."));
        verify(downloads, never()).download(any(), org.mockito.ArgumentMatchers.anyLong());
        verify(roster, never()).run(any(), any());
    }

    @Test
    void aFileThatIsNoLongerTheOnePreviewedIsNotImported() throws IOException {
        when(downloads.download("file-1", RosterReader.MAX_BYTES)).thenReturn("khác".getBytes(StandardCharsets.UTF_8));

        assertThat(confirmation.pressed(pending, Action.SAVE, -1, ADMIN))
                .isInstanceOfSatisfying(Turn.End.class, end -> assertThat(end.text())
                        .startsWith("Tệp ds.csv không còn giống lúc xem trước"));
        verify(roster, never()).run(any(), any());
    }

    @Test
    void aFailedDownloadKeepsThePreviewOpenToTryAgain() throws IOException {
        when(downloads.download("file-1", RosterReader.MAX_BYTES)).thenThrow(new IOException("timeout"));

        assertThat(confirmation.pressed(pending, Action.SAVE, -1, ADMIN))
                .isInstanceOfSatisfying(
                        Turn.Toast.class, toast -> assertThat(toast.alert()).isTrue());
        verify(roster, never()).run(any(), any());
    }

    @Test
    void confirmingImportsTheSameFileAndSaysWhatChangedByName() throws IOException {
        when(downloads.download("file-1", RosterReader.MAX_BYTES)).thenReturn(FILE.clone());
        when(roster.run(any(), any()))
                .thenReturn(new RosterImport.Result.Imported(new ImportReport(
                        1,
                        List.of(),
                        List.of(new ImportReport.Placed("Lê Văn Tám", "Chi bộ B")),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        List.of(),
                        List.of())));

        assertThat(confirmation.pressed(pending, Action.SAVE, -1, ADMIN))
                .isEqualTo(new Turn.End<>("Đã nhập danh sách (1 dòng):\n• Thêm 1 đảng viên:\n– Lê Văn Tám (Chi bộ B)"));
        verify(roster).run(org.mockito.ArgumentMatchers.argThat(f -> java.util.Arrays.equals(f, FILE)), any());
    }
}
