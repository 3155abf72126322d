package vn.chibo.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line import, run as {@code java -jar chibo.jar import FILE} runs it, on a real H2 file. */
class ImportCommandTest {

    static final String HEADER = "org_path,member_name,member_status,party_join_date,role\n";
    static final String ROSTER = HEADER
            + "Đảng bộ Khối / Đảng bộ Sở Tư pháp / Chi bộ Phòng Hành chính,Nguyễn Văn An,chính thức,9/6/2002,secretary\n"
            + "Đảng bộ Khối / Đảng bộ Sở Tư pháp / Chi bộ Phòng Hành chính,Phạm Thị Hoa,dự bị,1/3/2025,\n"
            + "Đảng bộ Khối / Đảng bộ Sở Tư pháp,Trần Thị Bình,,,leader\n";

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importsPrintsTheLinksAndThenFindsNothingToChange() throws Exception {
        Path file = write("danh-sach.csv", ROSTER);

        int first = run(file);
        String firstOutput = out.toString(StandardCharsets.UTF_8);
        out.reset();
        int second = run(file);

        assertThat(first).isZero();
        assertThat(firstOutput)
                .contains(
                        "Imported 3 rows: 3 new units; members 2 added, 0 updated, 0 transferred, 0 removed; roles 2 added, 0 removed.")
                .containsPattern(
                        "secretary Chi bộ Phòng Hành chính — Nguyễn Văn An: https://t\\.me/<your_bot>\\?start=[A-Za-z0-9_-]{22}")
                .contains("leader Đảng bộ Sở Tư pháp — Trần Thị Bình");
        assertThat(second).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Read 3 rows: nothing changed.");
    }

    @Test
    void aDryRunNamesEveryChangeAndWritesNothing() throws Exception {
        run(write("danh-sach.csv", ROSTER));
        out.reset();
        Path changed = write(
                "moi.csv",
                HEADER
                        + "Đảng bộ Khối / Đảng bộ Sở Tư pháp / Chi bộ Phòng Hành chính,Lý Văn Phúc,chính thức,1/1/2001,secretary\n"
                        + "Đảng bộ Khối / Đảng bộ Sở Tư pháp / Chi bộ Phòng Hành chính,Phạm Thị Hoa,chính thức,1/3/2025,\n");

        int status = run(changed, "--dry-run");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Read 2 rows. Importing would:")
                .contains("add 1 member(s):\n    Lý Văn Phúc (Chi bộ Phòng Hành chính)")
                .contains("update 1 member(s):\n    Phạm Thị Hoa (Chi bộ Phòng Hành chính)")
                .contains("REMOVE 1 member(s) from their cell's list (their history is kept):\n"
                        + "    Nguyễn Văn An (Chi bộ Phòng Hành chính)")
                .contains("TAKE 1 role(s) away:\n    secretary Chi bộ Phòng Hành chính: Nguyễn Văn An")
                .contains("give 1 role(s):\n    secretary Chi bộ Phòng Hành chính: Lý Văn Phúc")
                .contains("Dry run: nothing was imported.")
                .doesNotContain("https://t.me/");
        out.reset();
        assertThat(run(write("danh-sach.csv", ROSTER))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .as("the dry run changed nothing: the first file still matches the database")
                .startsWith("Read 3 rows: nothing changed.");
    }

    @Test
    void aFileThatRemovesSomeoneNeedsYesWhenNoOneCanBeAsked() throws Exception {
        run(write("danh-sach.csv", ROSTER));
        Path fewer = write(
                "it-hon.csv",
                HEADER + "Đảng bộ Khối / Đảng bộ Sở Tư pháp / Chi bộ Phòng Hành chính,Phạm Thị Hoa,dự bị,1/3/2025,\n");
        out.reset();

        int unconfirmed = run(fewer);
        String refusal = out.toString(StandardCharsets.UTF_8);
        out.reset();
        int declined = ImportCommand.run(args(fewer), print(out), print(err), () -> false);
        out.reset();
        int confirmed = run(fewer, "--yes");

        assertThat(unconfirmed).isEqualTo(3);
        assertThat(refusal)
                .contains("REMOVE 1 member(s) from their cell's list (their history is kept):\n"
                        + "    Nguyễn Văn An (Chi bộ Phòng Hành chính)")
                .contains("The file names no role (no role column, or an empty one): every role holder is kept.")
                .contains("Nothing was imported: re-run with --yes to import it, or with --dry-run to only look.");
        assertThat(declined).isEqualTo(3);
        assertThat(confirmed).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("members 0 added, 0 updated, 0 transferred, 1 removed; roles 0 added, 0 removed.");
    }

    @Test
    void aFileWithoutTheRoleColumnKeepsEveryRoleHolder() throws Exception {
        run(write("danh-sach.csv", ROSTER));
        out.reset();
        Path members = write(
                "dang-vien.csv",
                "org_path,member_name,member_status,party_join_date\n"
                        + "Đảng bộ Khối / Đảng bộ Sở Tư pháp / Chi bộ Phòng Hành chính,Nguyễn Văn An,chính thức,9/6/2002\n"
                        + "Đảng bộ Khối / Đảng bộ Sở Tư pháp / Chi bộ Phòng Hành chính,Phạm Thị Hoa,chính thức,1/3/2025\n");

        assertThat(run(members)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("update 1 member(s):\n    Phạm Thị Hoa (Chi bộ Phòng Hành chính)")
                .contains("roles 0 added, 0 removed.")
                .doesNotContain("TAKE");
    }

    @Test
    void rejectsABadFileWholeWithEveryRowAndExitsOne() throws Exception {
        Path file = write(
                "sai.csv",
                HEADER
                        + "Đảng bộ / Chi bộ A,Lê Văn Tám,đảng viên,,\n"
                        + "Đảng bộ / Chi bộ A,Đỗ Thị Mai,chính thức,30/2/2001,\n");

        int status = run(file);

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Import rejected: 2 problem(s); nothing was imported.")
                .contains("row 2: member_status \"đảng viên\" is not chính thức, dự bị or miễn sinh hoạt")
                .contains("row 3: party_join_date \"30/2/2001\" is not a date written d/M/yyyy");
        out.reset();
        assertThat(run(write("ok.csv", ROSTER)))
                .as("nothing half-imported before")
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 new units");
    }

    @Test
    void refusesAFileOverTheSizeLimitUnread() throws Exception {
        Path huge = dir.resolve("toan-tinh.xlsx");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(vn.chibo.content.roster.RosterReader.MAX_BYTES + 1);
        }

        assertThat(run(huge)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("is larger than 10 MB")
                .contains("Nothing was imported.");
    }

    @Test
    void opensNoSchedulerOnTheBotsDatabase() {
        String db =
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("chibo").toAbsolutePath();

        try (var context = CommandContext.open(db)) {
            assertThat(context.getBeanNamesForType(org.quartz.Scheduler.class)).isEmpty();
            assertThat(context.getBean(vn.chibo.content.roster.RosterImport.class))
                    .isNotNull();
        }
    }

    @Test
    void explainsAMissingFileAndUsage() {
        assertThat(ImportCommand.run(new String[] {"import"}, print(out), print(err)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar chibo.jar import FILE");
        assertThat(ImportCommand.run(
                        new String[] {"import", dir.resolve("khong-co.xlsx").toString()}, print(out), print(err)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read");
    }

    private int run(Path file, String... flags) {
        return ImportCommand.run(args(file, flags), print(out), print(err), () -> null);
    }

    private String[] args(Path file, String... flags) {
        String db =
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("chibo").toAbsolutePath();
        var args = new java.util.ArrayList<>(java.util.List.of("import", file.toString(), db));
        args.addAll(java.util.List.of(flags));
        return args.toArray(String[]::new);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
