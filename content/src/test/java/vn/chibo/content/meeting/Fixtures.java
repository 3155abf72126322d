package vn.chibo.content.meeting;

import java.util.ArrayList;
import java.util.List;
import vn.chibo.content.org.MemberStatus;

/** Attendance lists for rule tests. */
final class Fixtures {

    private Fixtures() {}

    static List<Attendance> attendance(
            int officialPresent, int officialAbsent, int probationaryPresent, int exemptPresent, int exemptAbsent) {
        List<Attendance> list = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < officialPresent; i++) {
            list.add(new Attendance(id++, "Chính thức " + i, MemberStatus.OFFICIAL, Presence.PRESENT));
        }
        for (int i = 0; i < officialAbsent; i++) {
            list.add(new Attendance(id++, "Vắng " + i, MemberStatus.OFFICIAL, Presence.ABSENT_EXCUSED));
        }
        for (int i = 0; i < probationaryPresent; i++) {
            list.add(new Attendance(id++, "Dự bị " + i, MemberStatus.PROBATIONARY, Presence.PRESENT));
        }
        for (int i = 0; i < exemptPresent; i++) {
            list.add(new Attendance(id++, "Miễn có mặt " + i, MemberStatus.EXEMPT, Presence.PRESENT));
        }
        for (int i = 0; i < exemptAbsent; i++) {
            list.add(new Attendance(id++, "Miễn vắng " + i, MemberStatus.EXEMPT, Presence.ABSENT_EXCUSED));
        }
        return list;
    }
}
