package vn.chibo.content.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster is bounded while it is read: size, rows and inflated parts, so a hostile or careless file cannot exhaust memory. */
class RosterReaderLimitsTest {

    static final String SMALL_HEAP = "192m";

    /**
     * Read in a JVM of its own with a small heap: a whole-document reader needs about ten times the sheet's
     * XML (over 60 MB here) and dies of OutOfMemoryError; the streaming reader stops at the cap.
     */
    @Test
    void aWorkbookWithMoreRowsThanTheCapIsRefusedInASmallHeap(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("danh-sach.xlsx");
        Files.write(file, workbookOf(RosterReader.MAX_ROWS + 50_000));
        assertThat(Files.size(file)).isLessThan(RosterReader.MAX_BYTES);

        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + SMALL_HEAP,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RosterReaderProbe.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(probe.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(said).contains("refused: TOO_MANY_ROWS").doesNotContain("OutOfMemoryError");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnopened() {
        byte[] huge = new byte[(int) RosterReader.MAX_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;

        assertThatThrownBy(() -> RosterReader.read(huge))
                .isInstanceOfSatisfying(
                        RosterFileException.class,
                        e -> assertThat(e.problem().problem()).isEqualTo(Problem.FILE_TOO_LARGE));
    }

    @Test
    void aZipDeclaringAPartLargerThanTheBoundIsRefusedBeforeInflating() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= RosterReader.MAX_ENTRY_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> RosterReader.read(out.toByteArray()))
                .isInstanceOfSatisfying(
                        RosterFileException.class,
                        e -> assertThat(e.problem().problem()).isEqualTo(Problem.FILE_TOO_LARGE));
    }

    @Test
    void readsAStreamedWorkbookRowByRowWithItsLineNumbers() throws IOException {
        var rows = RosterReader.read(workbookOf(3));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(2).memberName()).isEqualTo("Đảng viên 3");
        assertThat(rows.get(2).orgPath()).isEqualTo("Đảng bộ Khối / Chi bộ 3");
    }

    @Test
    void aCsvOverTheRowCapIsRefused() {
        var csv = new StringBuilder("org_path,member_name,member_status,party_join_date,role\n");
        for (int i = 0; i <= RosterReader.MAX_ROWS; i++) {
            csv.append("A / B,Người ").append(i).append(",chính thức,,\n");
        }

        assertThatThrownBy(() -> RosterReader.read(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        RosterFileException.class,
                        e -> assertThat(e.problem().problem()).isEqualTo(Problem.TOO_MANY_ROWS));
    }

    private static byte[] workbookOf(int members) throws IOException {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Danh sách");
            String[] header = {"org_path", "member_name", "member_status", "party_join_date", "role"};
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= members; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("Đảng bộ Khối / Chi bộ " + (r % 5_000));
                row.createCell(1).setCellValue("Đảng viên " + r);
                row.createCell(2).setCellValue("chính thức");
                row.createCell(3).setCellValue("1/1/2000");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
