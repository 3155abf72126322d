package vn.chibo.bot.sandbox;

import java.util.List;

/** The people one can be in the sandbox's web chat. */
record DemoPersona(long userId, String name, String title) {

    static final DemoPersona SECRETARY = new DemoPersona(1001, "Nguyễn Văn An", "Bí thư Chi bộ Phòng Hành chính");
    static final DemoPersona LEADER =
            new DemoPersona(1002, "Trần Thị Bình", "Phó Bí thư Đảng ủy, kiêm Bí thư Chi bộ Văn phòng");
    static final DemoPersona OFFICE = new DemoPersona(1004, "Lê Thu Trang", "Văn phòng Đảng ủy Sở Tư pháp");
    static final DemoPersona NEWCOMER = new DemoPersona(1003, "Lê Minh Cường", "Chưa có vai trò");
    /** A member of the secretary's cell on Telegram: receives its notices and answers them. */
    static final DemoPersona MEMBER = new DemoPersona(1005, "Phạm Thị Hoa", "Đảng viên Chi bộ Phòng Hành chính");

    static final List<DemoPersona> ALL = List.of(SECRETARY, LEADER, OFFICE, MEMBER, NEWCOMER);

    String firstName() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
