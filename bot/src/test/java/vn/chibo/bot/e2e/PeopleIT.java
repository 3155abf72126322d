package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Invitations;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.Person;

/**
 * Getting people in and keeping each to their own part: an administrator imports a three-level tree by
 * sending a file, role holders join by their links, an office user manages its subtree in chat, and a
 * secretary who tries to reach another cell gets nothing.
 */
class PeopleIT extends EndToEndTest {

    static final Pattern LINK =
            Pattern.compile("(\\S+) — ([^:]+): https://t\\.me/chibo_test_bot\\?start=([A-Za-z0-9_-]{22})");
    static final String HEADER = "org_path,member_name,member_status,party_join_date,role\n";

    Person admin;
    String top;

    @BeforeEach
    void anAdministrator() {
        admin = telegram.person(ADMIN_ID, "Quản trị");
        top = "Đảng bộ Khối " + System.nanoTime();
    }

    String roster() {
        String a = top + " / Đảng bộ cơ sở A / Chi bộ A1";
        String a2 = top + " / Đảng bộ cơ sở A / Chi bộ A2";
        String b = top + " / Đảng bộ cơ sở B / Chi bộ B1";
        return HEADER
                + a + ",Nguyễn Văn An,chính thức,9/6/2002,secretary\n"
                + a + ",Phạm Thị Hoa,chính thức,19/5/1995,\n"
                + a2 + ",Đỗ Văn Hùng,dự bị,1/3/2025,secretary\n"
                + b + ",Lê Thị Bích,chính thức,2/9/1999,secretary\n"
                + b + ",Vũ Văn Khoa,miễn sinh hoạt,7/11/1970,\n"
                + top + " / Đảng bộ cơ sở A,Trần Thị Bình,,,leader\n"
                + top + " / Đảng bộ cơ sở A,Lê Thu Trang,,,office\n";
    }

    @Test
    void theOfficeDownloadsTheRosterTemplateFillsNothingInAndSendsItBackToSeeWhatItWouldDo() throws Exception {
        admin.sends("/tochuc");
        tapOn(admin, "Quản lý tổ chức", "📄 Tải mẫu danh sách (Excel)");
        ChatMessage template = awaitLastBotMessage(admin, m -> m.file() != null);
        assertThat(template.file().fileName()).isEqualTo("Mau-danh-sach-to-chuc.xlsx");
        assertThat(template.text()).startsWith("Mẫu danh sách tổ chức đảng và đảng viên.");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(template.file().content()))) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Tổ chức đảng (org_path)");
        }

        admin.sendsDocument(
                template.file().fileName(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                template.file().content(),
                null);
        ChatMessage preview =
                awaitLastBotMessage(admin, m -> m.text().startsWith("Tệp Mau-danh-sach-to-chuc.xlsx có 2 dòng."));
        assertThat(preview.text()).contains("• Thêm 2 đảng viên:\n– Nguyễn Văn An (Chi bộ Văn phòng)");
        assertThat(preview.hasButton("✅ Nhập danh sách")).isTrue();
    }

    /** Imports the roster as the administrator; returns the invitation codes by person name. */
    java.util.Map<String, String> importRoster() {
        admin.sendsDocument("danh-sach.csv", "text/csv", roster().getBytes(StandardCharsets.UTF_8), null);
        ChatMessage preview = awaitLastBotMessage(admin, m -> m.text().startsWith("Tệp danh-sach.csv có 7 dòng."));
        assertThat(preview.text())
                .contains("• Lập 6 đơn vị mới:")
                .contains("• Thêm 5 đảng viên:\n– Nguyễn Văn An (Chi bộ A1)")
                .contains("• Giao 5 vai trò:")
                .contains("– Bí thư Chi bộ A1: Nguyễn Văn An")
                .doesNotContain("https://t.me/");
        admin.taps(preview, "✅ Nhập danh sách");
        ChatMessage report = awaitLastBotMessage(admin, m -> m.text().startsWith("Đã nhập danh sách"));
        assertThat(report.messageId()).as("the preview becomes the outcome").isEqualTo(preview.messageId());
        assertThat(report.keyboard()).isEmpty();
        assertThat(report.text()).contains("• Lập 6 đơn vị mới:").contains("• Thêm 5 đảng viên:");
        var codes = new java.util.HashMap<String, String>();
        Matcher m = LINK.matcher(report.text());
        while (m.find()) {
            codes.put(m.group(2).strip(), m.group(3));
        }
        assertThat(codes).hasSize(5);
        return codes;
    }

    @Test
    void anAdministratorImportsATreeAndEachRoleHolderJoinsByTheirLink() {
        var codes = importRoster();
        Person an = aPerson("An");

        an.sends("/start " + codes.get("Nguyễn Văn An"));

        assertThat(awaitBotMessages(an, 1).get(0).text())
                .isEqualTo(
                        "Chào mừng đồng chí Nguyễn Văn An!\nĐồng chí đã nhận vai trò: Bí thư Chi bộ A1.\n\nGõ /start để mở menu chính.");
        an.sends("/dangvien");
        assertThat(awaitBotMessages(an, 2).get(1).text())
                .startsWith("Chi bộ A1: 2 đảng viên (chính thức 2, dự bị 0, miễn sinh hoạt 0)")
                .contains("1. Nguyễn Văn An — Chính thức, vào Đảng 9/6/2002")
                .doesNotContain("Lê Thị Bích");
    }

    @Test
    void aUsedOrExpiredOrForgedCodeGrantsNothing() {
        var codes = importRoster();
        Person an = aPerson("An");
        Person thief = aPerson("Kẻ gian");
        an.sends("/start " + codes.get("Nguyễn Văn An"));
        awaitBotMessages(an, 1);

        thief.sends("/start " + codes.get("Nguyễn Văn An"));
        thief.sends("/start " + codes.get("Lê Thị Bích").substring(0, 21) + "x");
        var bich = chibo.bean(RoleAssignments.class)
                .find(chibo.bean(JdbcClient.class)
                        .sql(
                                "SELECT id FROM role_assignment WHERE person_name = 'Lê Thị Bích' ORDER BY id DESC LIMIT 1")
                        .query(Long.class)
                        .single())
                .orElseThrow();
        var shortLived = chibo.bean(Invitations.class).issue(bich, ADMIN_ID, Duration.ofMillis(1));
        await().pollDelay(Duration.ofMillis(20)).until(() -> true);
        thief.sends("/start " + shortLived.code());

        var replies = awaitBotMessages(thief, 3);
        assertThat(replies.get(0).text()).startsWith("Mã mời này đã được sử dụng.");
        assertThat(replies.get(1).text()).startsWith("Mã mời không hợp lệ hoặc đã hết hạn.");
        assertThat(replies.get(2).text()).startsWith("Mã mời này đã hết hạn.");
        assertThat(chibo.bean(RoleAssignments.class).heldBy(thief.id())).isEmpty();
    }

    @Test
    void aFileThatWouldRemovePeopleNamesThemAndChangesNothingUntilConfirmed() {
        importRoster();
        long membersBefore = count("member WHERE active");
        String a = top + " / Đảng bộ cơ sở A / Chi bộ A1";
        String fewer = HEADER + a + ",Phạm Thị Hoa,chính thức,19/5/1995,secretary\n";

        admin.sendsDocument("chi-bo-a1.csv", "text/csv", fewer.getBytes(StandardCharsets.UTF_8), null);
        ChatMessage preview = awaitLastBotMessage(admin, m -> m.text().startsWith("Tệp chi-bo-a1.csv có 1 dòng."));

        assertThat(preview.text())
                .contains("• Đưa ra khỏi danh sách chi bộ 1 đảng viên:\n– Nguyễn Văn An (Chi bộ A1)")
                .contains("• Thôi 1 vai trò:\n– Bí thư Chi bộ A1: Nguyễn Văn An")
                .contains("• Giao 1 vai trò:\n– Bí thư Chi bộ A1: Phạm Thị Hoa")
                .contains("Vai trò chỉ thay đổi ở những đơn vị có ghi vai trò trong tệp")
                .contains("vẫn còn tên trong biên bản");
        assertThat(count("member WHERE active")).as("a preview writes nothing").isEqualTo(membersBefore);

        admin.taps(preview, "✖ Hủy");
        said(admin, t -> t.equals("Đã hủy: chibo không nhập tệp chi-bo-a1.csv."));
        assertThat(count("member WHERE active")).isEqualTo(membersBefore);
        int pressed = telegram.answeredCallbacks(admin.id()).size();
        admin.tapsRaw(preview.messageId(), preview.button("✖ Hủy").callbackData());
        await().atMost(PATIENCE)
                .until(() -> telegram.answeredCallbacks(admin.id()).size() > pressed);
        assertThat(count("member WHERE active")).isEqualTo(membersBefore);

        admin.sendsDocument("chi-bo-a1.csv", "text/csv", fewer.getBytes(StandardCharsets.UTF_8), null);
        ChatMessage again = awaitLastBotMessage(admin, m -> m.text().startsWith("Tệp chi-bo-a1.csv có 1 dòng."));
        admin.taps(again, "✅ Nhập danh sách");
        ChatMessage done = awaitLastBotMessage(admin, m -> m.text().startsWith("Đã nhập danh sách (1 dòng):"));
        assertThat(done.text())
                .contains("• Đưa ra khỏi danh sách chi bộ 1 đảng viên:\n– Nguyễn Văn An (Chi bộ A1)")
                .containsPattern("Bí thư CB A1 — Phạm Thị Hoa: https://t\\.me/chibo_test_bot\\?start=");
        assertThat(count("member WHERE active")).isEqualTo(membersBefore - 1);
        assertThat(chibo.bean(JdbcClient.class)
                        .sql("SELECT details FROM audit_entry WHERE action = 'member.removed' ORDER BY id DESC")
                        .query(String.class)
                        .list())
                .contains("Nguyễn Văn An — Chi bộ A1");
    }

    @Test
    void aMalformedFileIsRejectedWithEveryRowAndNothingIsImported() {
        long unitsBefore = count("org_unit");
        String broken = HEADER
                + top + " / Chi bộ X,Nguyễn Văn Tư,chính thức,31/4/2001,\n"
                + top + " / Chi bộ X,Lý Thị Năm,đảng viên,,\n"
                + top + " / Chi bộ X,Hồ Văn Sáu,chính thức,,chief\n";

        admin.sendsDocument("sai.csv", "text/csv", broken.getBytes(StandardCharsets.UTF_8), null);

        String reply =
                awaitLastBotMessage(admin, m -> m.text().startsWith("Tệp có")).text();
        assertThat(reply)
                .startsWith("Tệp có 3 lỗi nên chibo chưa nhập gì.")
                .contains("• Dòng 2: ngày vào Đảng “31/4/2001” không hợp lệ (viết ngày/tháng/năm, ví dụ 9/6/2002)")
                .contains(
                        "• Dòng 3: cột “Là đảng viên” ghi “đảng viên”, không phải chính thức, dự bị hay miễn sinh hoạt")
                .contains(
                        "• Dòng 4: cột “Vai trò” ghi “chief”, không phải bí thư, phó bí thư, lãnh đạo, văn phòng hoặc để trống");
        assertThat(count("org_unit")).isEqualTo(unitsBefore);
    }

    @Test
    void aRosterOverTheSizeLimitIsRefusedUndownloadedAndTheBotGoesOn() {
        long unitsBefore = count("org_unit");
        byte[] huge = new byte[(int) vn.chibo.content.roster.RosterReader.MAX_BYTES + 1];
        java.time.Instant sent = java.time.Instant.now();

        admin.sendsDocument(
                "danh-sach-toan-tinh.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                huge,
                null);

        String reply = awaitLastBotMessage(admin, m -> m.text().startsWith("Tệp lớn hơn"))
                .text();
        assertThat(reply)
                .isEqualTo("Tệp lớn hơn 10 MB nên chibo chưa nhập gì. Đồng chí chia danh sách thành nhiều tệp nhỏ hơn "
                        + "(mỗi tệp một đảng bộ hoặc chi bộ) rồi gửi lần lượt.");
        assertThat(telegram.requests().stream()
                        .filter(r -> r.at().isAfter(sent))
                        .toList())
                .as("refused from getFile's file_size, never downloaded")
                .anyMatch(r -> r.is("getFile"))
                .noneMatch(r -> r.is(LocalBotApiServer.DOWNLOAD));
        assertThat(count("org_unit")).isEqualTo(unitsBefore);
        admin.sends("/help");
        said(admin, t -> t.startsWith("Hướng dẫn sử dụng chibo"));
    }

    @Test
    void aSecretaryCannotReachAnotherCellThroughCommandsOrForgedButtons() {
        var codes = importRoster();
        Person an = joinedAs(codes, "Nguyễn Văn An", "An");
        long unitsBefore = count("org_unit");
        long membersBefore = count("member");

        an.sends("/tochuc");
        an.sends("/nhatky");
        an.sends("/moi");
        an.sendsDocument("danh-sach.csv", "text/csv", roster().getBytes(StandardCharsets.UTF_8), null);
        var denials = awaitBotMessages(an, 5).subList(1, 5);
        assertThat(denials)
                .extracting(ChatMessage::text)
                .containsExactly(
                        "Đồng chí không có quyền thực hiện thao tác này.",
                        "Đồng chí không có quyền thực hiện thao tác này.",
                        "Đồng chí không có quyền thực hiện thao tác này.",
                        "Tệp danh-sach.csv không phải sổ đảng phí: chibo không thấy cột “Họ và tên” cùng các cột tháng"
                                + " (“Tháng 11/2026”). Chi bộ gửi sổ đảng phí theo mẫu đó; danh sách tổ chức và đảng viên"
                                + " chỉ văn phòng đảng ủy hoặc quản trị viên mới nhập được.");

        int pressesBefore = telegram.answeredCallbacks(an.id()).size();
        an.tapsRaw(an.lastFromBot().messageId(), "o:addmember");
        an.tapsRaw(an.lastFromBot().messageId(), "a:0");
        an.tapsRaw(an.lastFromBot().messageId(), "f:99:o0");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).size() == pressesBefore + 3);
        assertThat(count("org_unit")).isEqualTo(unitsBefore);
        assertThat(count("member")).isEqualTo(membersBefore);
        assertThat(an.fromBot())
                .extracting(ChatMessage::text)
                .noneMatch(t -> t.contains("Lê Thị Bích") || t.contains("Chi bộ B1"));
    }

    @Test
    void anOfficeUserAddsAMemberByButtonsAndTextAndItIsAudited() {
        var codes = importRoster();
        Person trang = joinedAs(codes, "Lê Thu Trang", "Trang");

        manages(trang, "➕ Thêm đảng viên");
        ChatMessage pickCell = awaitLastBotMessage(trang, m -> m.text().startsWith("Chọn chi bộ"));
        assertThat(pickCell.keyboard().stream()
                        .flatMap(List::stream)
                        .map(b -> b.text())
                        .toList())
                .as("only the office's own subtree")
                .contains("Chi bộ A1", "Chi bộ A2")
                .doesNotContain("Chi bộ B1");
        trang.taps(pickCell, "Chi bộ A2");
        awaitLastBotMessage(trang, m -> m.text().startsWith("Nhập họ và tên đảng viên mới của Chi bộ A2"));
        trang.sends("x");
        awaitLastBotMessage(trang, m -> m.text().startsWith("Tên chưa hợp lệ"));
        trang.sends("  Mai   Thị   Xuân ");
        ChatMessage status = awaitLastBotMessage(trang, m -> m.text().startsWith("Đồng chí Mai Thị Xuân là đảng viên"));
        trang.taps(status, "Dự bị");
        awaitLastBotMessage(trang, m -> m.text().startsWith("Nhập ngày vào Đảng"));
        trang.sends("30/2/2025");
        awaitLastBotMessage(trang, m -> m.text().startsWith("“30/2/2025” chưa phải ngày hợp lệ"));
        trang.sends("1/9/2025");
        ChatMessage summary = awaitLastBotMessage(trang, m -> m.text().startsWith("Thêm đảng viên:"));
        assertThat(summary.text())
                .contains(
                        "• Họ và tên: Mai Thị Xuân",
                        "• Chi bộ: Chi bộ A2",
                        "• Là đảng viên: Dự bị",
                        "• Ngày vào Đảng: 1/9/2025");

        trang.taps(summary, "✅ Lưu");
        awaitLastBotMessage(trang, m -> m.text().equals("Đã thêm đồng chí Mai Thị Xuân vào Chi bộ A2."));
        trang.taps(summary, "✅ Lưu");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(trang.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này đã được bấm")));
        assertThat(chibo.bean(JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM member WHERE full_name = 'Mai Thị Xuân'")
                        .query(Long.class)
                        .single())
                .as("saved once though pressed twice")
                .isEqualTo(1);

        trang.sends("/nhatky");
        assertThat(awaitLastBotMessage(trang, m -> m.text().startsWith("Nhật ký thay đổi"))
                        .text())
                .contains("Lê Thu Trang đã thêm đảng viên: Mai Thị Xuân — Chi bộ A2")
                .contains("đã giao vai trò: ")
                .contains("Trang đã nhận vai trò qua đường dẫn mời: Lê Thu Trang — Văn phòng ")
                .doesNotContain("secretary: ", "office: ", "leader: ", "deputy: ");
    }

    @Test
    void backAndCancelWorkInTheMiddleOfAForm() {
        var codes = importRoster();
        Person trang = joinedAs(codes, "Lê Thu Trang", "Trang");
        manages(trang, "🔀 Chuyển sinh hoạt");
        ChatMessage from = awaitLastBotMessage(trang, m -> m.text().startsWith("Đảng viên cần chuyển"));
        trang.taps(from, "Chi bộ A1");
        ChatMessage who = awaitLastBotMessage(trang, m -> m.text().startsWith("Chọn đảng viên của Chi bộ A1"));

        assertThat(becomes(trang, from, t -> t.endsWith("✓ Chi bộ A1")).keyboard())
                .as("the answered question keeps the answer, without buttons")
                .isEmpty();
        trang.taps(who, "« Quay lại");
        ChatMessage again = awaitLastBotMessage(
                trang, m -> m.text().startsWith("Đảng viên cần chuyển") && m.messageId() == who.messageId());
        trang.taps(again, "Chi bộ A1");
        trang.taps(awaitLastBotMessage(trang, m -> m.text().startsWith("Chọn đảng viên")), "Phạm Thị Hoa");
        ChatMessage summary = awaitLastBotMessage(trang, m -> m.text().startsWith("Chuyển sinh hoạt:"));
        assertThat(summary.text())
                .as("the only other cell in scope is chosen by itself; never her own")
                .contains("• Từ: Chi bộ A1", "• Đến: Chi bộ A2");
        trang.taps(summary, "✖ Hủy");

        awaitLastBotMessage(trang, m -> m.text().equals("Đã hủy thao tác đang làm. Không có gì được lưu."));
        assertThat(chibo.bean(JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM member_transfer")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRoleHandedOutInChatComesWithALinkThatWorks() {
        var codes = importRoster();
        Person trang = joinedAs(codes, "Lê Thu Trang", "Trang");
        manages(trang, "🎖 Giao vai trò");
        ChatMessage unit = awaitLastBotMessage(trang, m -> m.text().startsWith("Giao vai trò ở đơn vị nào?"));
        trang.taps(unit, "Chi bộ A1");
        trang.taps(awaitLastBotMessage(trang, m -> m.text().startsWith("Vai trò nào ở Chi bộ A1")), "Phó Bí thư");
        trang.taps(
                awaitLastBotMessage(trang, m -> m.text().startsWith("Chọn đảng viên của Chi bộ A1")), "Phạm Thị Hoa");
        trang.taps(awaitLastBotMessage(trang, m -> m.text().startsWith("Giao vai trò:")), "✅ Lưu");
        String done = awaitLastBotMessage(trang, m -> m.text().startsWith("Đã giao vai trò"))
                .text();
        Matcher link = Pattern.compile("start=([A-Za-z0-9_-]{22})").matcher(done);
        assertThat(link.find()).isTrue();
        await().atMost(PATIENCE)
                .alias("no unused link is kept in the delivery queue once sent, from the chat or the import")
                .until(() -> keptInTheQueue(link.group(1)) == 0 && keptInTheQueue(codes.get("Nguyễn Văn An")) == 0);
        Person hoa = aPerson("Hoa");

        hoa.sends("/start " + link.group(1));

        assertThat(awaitBotMessages(hoa, 1).get(0).text()).contains("Đồng chí đã nhận vai trò: Phó Bí thư Chi bộ A1.");
    }

    @Test
    void aLinkReissuedAndTakenUpBySomeoneElseTellsWhoHeldTheRole() {
        var codes = importRoster();
        Person trang = joinedAs(codes, "Lê Thu Trang", "Trang");
        Person an = joinedAs(codes, "Nguyễn Văn An", "An");
        manages(trang, "🔗 Tạo đường dẫn mời");
        ChatMessage pick = awaitLastBotMessage(trang, m -> m.text().startsWith("Tạo đường dẫn mời mới cho ai?"));
        String ans = pick.keyboard().stream()
                .flatMap(List::stream)
                .map(ChatMessage.InlineButton::text)
                .filter(label -> label.contains("Nguyễn Văn An"))
                .findFirst()
                .orElseThrow();
        trang.taps(pick, ans);
        trang.taps(awaitLastBotMessage(trang, m -> m.text().contains("Các đường dẫn cũ chưa dùng")), "✅ Lưu");
        Matcher link = Pattern.compile("start=([A-Za-z0-9_-]{22})")
                .matcher(awaitLastBotMessage(trang, m -> m.text().startsWith("Đường dẫn mời mới cho"))
                        .text());
        assertThat(link.find()).isTrue();
        int anHad = an.fromBot().size();

        Person someoneElse = aPerson("Khác");
        someoneElse.sends("/start " + link.group(1));

        awaitLastBotMessage(someoneElse, m -> m.text().startsWith("Chào mừng"));
        ChatMessage told = awaitBotMessages(an, anHad + 1).get(anHad);
        assertThat(told.text())
                .startsWith("Vai trò Bí thư")
                .contains("vừa được nhận qua một đường dẫn mời mới do văn phòng cấp");
    }

    @Test
    void aLeaderOfOneCommitteeSeesNothingOfAnother() {
        var codes = importRoster();
        Person binh = joinedAs(codes, "Trần Thị Bình", "Bình");

        binh.sends("/dangvien");

        ChatMessage pick =
                awaitLastBotMessage(binh, m -> m.text().startsWith("Xem danh sách đảng viên của chi bộ nào?"));
        assertThat(pick.keyboard().stream()
                        .flatMap(List::stream)
                        .map(b -> b.text())
                        .filter(t -> t.startsWith("Chi bộ"))
                        .toList())
                .containsExactly("Chi bộ A1", "Chi bộ A2");
        binh.sends("B1");
        assertThat(awaitLastBotMessage(binh, m -> m.text().contains("Không có lựa chọn nào chứa “B1”"))
                        .hasButton("Chi bộ B1"))
                .isFalse();
    }

    private static long keptInTheQueue(String code) {
        return chibo.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM delivery WHERE payload LIKE ?")
                .param("%" + code + "%")
                .query(Long.class)
                .single();
    }

    /** A new person who opens their invitation link for {@code name}'s role. */
    static Person joinedAs(java.util.Map<String, String> codes, String name, String firstName) {
        Person person = aPerson(firstName);
        person.sends("/start " + codes.get(name));
        awaitLastBotMessage(person, m -> m.text().startsWith("Chào mừng"));
        return person;
    }

    /** Opens /tochuc and taps {@code item}. */
    static void manages(Person office, String item) {
        int before = office.fromBot().size();
        office.sends("/tochuc");
        office.taps(awaitBotMessages(office, before + 1).get(before), item);
    }

    private static long count(String table) {
        return chibo.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM " + table)
                .query(Long.class)
                .single();
    }
}
