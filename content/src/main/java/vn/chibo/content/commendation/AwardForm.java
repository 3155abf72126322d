package vn.chibo.content.commendation;

import java.util.List;
import vn.chibo.content.text.Words;

/** The forms a commendation takes (DOMAIN.md). */
public enum AwardForm {
    /** Huy hiệu Đảng, for {@link #BADGE_YEARS} years of membership. */
    BADGE,
    /** Bằng khen. */
    MERIT,
    /** Giấy khen. */
    COMMENDATION,
    /** Cờ (a party organisation's banner; "Cờ thi đua" is the State's term). */
    BANNER,
    /** Biểu dương. */
    PRAISE,
    /** Any other form, named by whoever records it. */
    OTHER;

    /** Membership years a Huy hiệu Đảng is awarded for. */
    public static final List<Integer> BADGE_YEARS = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

    /** The form's name in Vietnamese. */
    public String vietnamese() {
        return Words.t("award.form." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Only a person can hold a Huy hiệu Đảng; the other forms go to collectives too. */
    public boolean personOnly() {
        return this == BADGE;
    }
}
