package vn.chibo.content.commendation;

import java.util.List;

/** The forms a commendation takes (DOMAIN.md). */
public enum AwardForm {
    /** Huy hiệu Đảng, for {@link #BADGE_YEARS} years of membership. */
    BADGE("Huy hiệu Đảng"),
    /** Bằng khen. */
    MERIT("Bằng khen"),
    /** Giấy khen. */
    COMMENDATION("Giấy khen"),
    /** Cờ thi đua. */
    BANNER("Cờ thi đua"),
    /** Biểu dương. */
    PRAISE("Biểu dương"),
    /** Any other form, named by whoever records it. */
    OTHER("Khác");

    /** Membership years a Huy hiệu Đảng is awarded for. */
    public static final List<Integer> BADGE_YEARS = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

    private final String vietnamese;

    AwardForm(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** Only a person can hold a Huy hiệu Đảng; the other forms go to collectives too. */
    public boolean personOnly() {
        return this == BADGE;
    }
}
