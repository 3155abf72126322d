package vn.chibo.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingAssessment;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.meeting.MinutesDocument;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Proceedings;
import vn.chibo.content.meeting.ResolutionDocument;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.MemberStatus;

/**
 * {@code documents [members] [--runs=N] [--out=folder]}: writes the minutes and the resolution of a monthly meeting, a
 * thematic meeting and a forum of a cell of {@code members} (default 50), as chibo sends them, and prints how long
 * writing each takes (median and slowest of the runs, after a warm-up). With {@code --out}, the .docx files are kept
 * there: {@code ops/render-documents.sh} turns their first pages into the README's pictures.
 */
final class DocumentsBenchmark {

    private static final MinutesDocument.Heading HEADING =
            new MinutesDocument.Heading("Đảng bộ Sở Tư pháp", "Chi bộ Văn phòng", "Ninh Bình");

    private DocumentsBenchmark() {}

    static int run(String[] args, PrintStream out) throws IOException {
        int members = Arrays.stream(args)
                .skip(1)
                .filter(a -> a.matches("\\d+"))
                .map(Integer::parseInt)
                .findFirst()
                .orElse(50);
        int runs = option(args, "--runs=").map(Integer::parseInt).orElse(50);
        Path folder = option(args, "--out=").map(Path::of).orElse(null);

        Figures figures = new Figures("documents", new BenchmarkOptions(args)).put("members", members);
        List<Attendance> attendance = attendance(members);
        List<Sample> samples = List.of(
                new Sample(MeetingKind.MONTHLY, null, monthly(attendance), true),
                new Sample(
                        MeetingKind.THEMATIC,
                        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                        topical(attendance),
                        false),
                new Sample(
                        MeetingKind.THEMATIC_FORUM,
                        "Đảng viên trẻ với chuyển đổi số theo Nghị quyết 57-NQ/TW",
                        topical(attendance),
                        false));
        out.printf("Documents of a cell of %d members, %d runs each after %d warm-up runs%n", members, runs, runs);
        for (Sample sample : samples) {
            MeetingRecord m = sample.record(attendance);
            MeetingAssessment.Outcome assessed = assessed(m);
            var names = new MinutesDocument.Names(
                    attendance.get(0).name(),
                    attendance.get(1).name(),
                    attendance.get(2).name());
            var signer =
                    new ResolutionDocument.Signer("BÍ THƯ", attendance.get(0).name());
            byte[] minutes = time(
                    out,
                    figures,
                    "minutes " + m.kind(),
                    runs,
                    () -> MinutesDocument.render(HEADING, m, assessed, names));
            if (folder != null) {
                Files.createDirectories(folder);
                Files.write(folder.resolve(MinutesDocument.fileName(m)), minutes);
            }
            if (sample.resolution()) {
                byte[] resolution = time(
                        out,
                        figures,
                        "resolution " + m.kind(),
                        runs,
                        () -> ResolutionDocument.render(HEADING, m, assessed.vote(), signer));
                if (folder != null) {
                    Files.write(folder.resolve(ResolutionDocument.fileName(m)), resolution);
                }
            }
        }
        figures.write(out);
        return 0;
    }

    private record Sample(MeetingKind kind, String topic, Proceedings proceedings, boolean resolution) {
        MeetingRecord record(List<Attendance> attendance) {
            return new MeetingRecord(
                    1,
                    kind,
                    LocalDate.of(2026, 12, 4),
                    LocalTime.of(14, 0),
                    LocalTime.of(16, 30),
                    "Phòng họp tầng 2, Sở Tư pháp",
                    topic,
                    List.of("01-KL/TW", "57-NQ/TW"),
                    attendance,
                    "đồng chí Trần Thị Bình, Phó Bí thư Đảng ủy",
                    attendance.get(0).memberId(),
                    attendance.get(1).memberId(),
                    topic == null ? null : attendance.get(2).memberId(),
                    "Chi bộ lãnh đạo cơ quan hoàn thành 100% chỉ tiêu chuyên môn tháng 11; giải quyết đúng hạn 1.240 hồ sơ.",
                    "Thống nhất phân công đảng viên phụ trách địa bàn dân cư.\nGiao chi ủy theo dõi việc thực hiện quy chế dân chủ.",
                    "Chuẩn bị tổng kết công tác năm 2026 — đồng chí Hoa\nRà soát hồ sơ đảng viên — đồng chí An\nHướng dẫn quần chúng ưu tú học lớp nhận thức về Đảng — đồng chí Nam",
                    "Chi bộ thống nhất ban hành nghị quyết tháng 12 với ba nhiệm vụ trọng tâm.",
                    new Votes(
                            (int) attendance.stream()
                                    .filter(a -> a.present() && a.votes())
                                    .count(),
                            0,
                            0),
                    List.of(),
                    proceedings);
        }
    }

    private static List<Attendance> attendance(int members) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
        String[] middle = {"Văn", "Thị", "Quốc", "Minh", "Thu", "Đức"};
        String[] given = {"An", "Hoa", "Nam", "Lan", "Huy", "Sáu", "Bình", "Cường", "Dung", "Hạnh", "Khánh", "Phương"};
        List<Attendance> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String name = family[i % family.length] + " " + middle[i % middle.length] + " " + given[i % given.length];
            MemberStatus status =
                    i % 10 == 9 ? MemberStatus.EXEMPT : i % 7 == 6 ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
            Presence presence = status == MemberStatus.EXEMPT
                    ? Presence.ABSENT_EXCUSED
                    : i % 13 == 12
                            ? Presence.ABSENT_UNEXCUSED
                            : i % 11 == 10 ? Presence.ABSENT_EXCUSED : Presence.PRESENT;
            String reason = presence == Presence.ABSENT_EXCUSED && status != MemberStatus.EXEMPT ? "đi công tác" : null;
            list.add(new Attendance(i + 1, name, status, presence, reason));
        }
        return list;
    }

    private static Proceedings monthly(List<Attendance> attendance) {
        return new Proceedings(
                "Quán triệt Kết luận 01-KL/TW; thông tin tình hình kinh tế - xã hội của tỉnh tháng 11.",
                "Học tập tấm gương cần, kiệm, liêm, chính, chí công vô tư.",
                List.of(
                        new Proceedings.ReviewedTask("Nộp báo cáo quý IV — đồng chí Hoa", true),
                        new Proceedings.ReviewedTask("Kết nạp quần chúng ưu tú — đồng chí An", false)),
                opinions(attendance),
                "Chi bộ cần gắn sinh hoạt với nhiệm vụ chính trị của cơ quan.",
                "Thu đảng phí tháng 12: các đồng chí có mặt đã nộp đủ.",
                true,
                (int) attendance.stream().filter(Attendance::present).count(),
                "12-NQ/CB",
                Set.of(Proceedings.SelfCheck.values()));
    }

    private static Proceedings topical(List<Attendance> attendance) {
        return new Proceedings(
                null,
                null,
                List.of(),
                opinions(attendance),
                null,
                null,
                false,
                (int) attendance.stream().filter(Attendance::present).count(),
                null,
                Set.of(Proceedings.SelfCheck.values()));
    }

    /** One opinion from every third member present. */
    private static List<Proceedings.Opinion> opinions(List<Attendance> attendance) {
        List<Proceedings.Opinion> opinions = new ArrayList<>();
        for (int i = 0; i < attendance.size(); i += 3) {
            if (attendance.get(i).present()) {
                opinions.add(
                        new Proceedings.Opinion(
                                attendance.get(i).name(),
                                "Nhất trí với báo cáo; đề nghị chi bộ tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ được giao."));
            }
        }
        return opinions;
    }

    private static MeetingAssessment.Outcome assessed(MeetingRecord m) {
        return MeetingAssessment.assess(m, MeetingRules.standard(), null, Map.of());
    }

    private interface Render {
        byte[] bytes();
    }

    private static byte[] time(PrintStream out, Figures figures, String what, int runs, Render render) {
        byte[] last = null;
        for (int i = 0; i < runs; i++) {
            last = render.bytes();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = render.bytes();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(
                "  %-28s median %6.1f ms, slowest %6.1f ms, %,d bytes%n",
                what, nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, last.length);
        figures.put(Figures.key(what) + ".median_ms", nanos[runs / 2] / 1e6)
                .put(Figures.key(what) + ".slowest_ms", nanos[runs - 1] / 1e6)
                .put(Figures.key(what) + ".bytes", last.length);
        return last;
    }

    private static java.util.Optional<String> option(String[] args, String prefix) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .findFirst();
    }
}
