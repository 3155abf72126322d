package vn.chibo.content.commendation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.chibo.content.roster.Fold;

/**
 * The Party level of an issuer as typed ("Chi bộ Văn phòng", "Đảng ủy Sở Tư pháp", "Ban Thường vụ Tỉnh ủy",
 * "Ban Chấp hành Trung ương"), with the forms that level gives (Quy định 29 §27.2, DOMAIN.md): a cell praises; a
 * grassroots committee praises and gives Giấy khen; a provincial committee gives Bằng khen, Cờ and Huy hiệu Đảng;
 * central bodies give Bằng khen and Huy hiệu Đảng. State issuers (the Prime Minister, a People's Committee) and
 * issuers not recognised are not judged. A mismatch is a soft warning only: the decision as issued is recorded.
 */
public enum IssuerLevel {
    CELL(EnumSet.of(AwardForm.PRAISE)),
    GRASSROOTS(EnumSet.of(AwardForm.PRAISE, AwardForm.COMMENDATION)),
    PROVINCIAL(EnumSet.of(AwardForm.MERIT, AwardForm.BANNER, AwardForm.BADGE, AwardForm.PRAISE)),
    CENTRAL(EnumSet.of(AwardForm.MERIT, AwardForm.BADGE, AwardForm.BANNER, AwardForm.PRAISE));

    private final Set<AwardForm> gives;

    IssuerLevel(Set<AwardForm> gives) {
        this.gives = gives;
    }

    /** The Party level {@code issuer} names, when it names one. */
    public static Optional<IssuerLevel> of(String issuer) {
        String folded = " " + Fold.of(issuer == null ? "" : issuer) + " ";
        boolean state = folded.contains(" thu tuong ")
                || folded.contains(" chinh phu ")
                || folded.contains(" uy ban nhan dan ")
                || folded.contains(" ubnd ")
                || folded.contains(" chu tich nuoc ");
        if (state) {
            return Optional.empty();
        }
        if (folded.contains(" trung uong ") || folded.contains(" bo chinh tri ") || folded.contains(" ban bi thu ")) {
            return Optional.of(CENTRAL);
        }
        if (folded.contains(" tinh uy ") || folded.contains(" thanh uy ")) {
            return Optional.of(PROVINCIAL);
        }
        if (folded.contains(" dang uy ") || folded.contains(" chi bo co so ") || folded.contains(" dang bo co so ")) {
            return Optional.of(GRASSROOTS);
        }
        if (folded.contains(" chi bo ")) {
            return Optional.of(CELL);
        }
        return Optional.empty();
    }

    /** Whether an issuer of this level gives {@code form} ("Khác" is never judged). */
    public boolean gives(AwardForm form) {
        return form == AwardForm.OTHER || gives.contains(form);
    }

    /** The level of {@code issuer} when it does not give {@code form}: a soft warning. */
    public static Optional<IssuerLevel> mismatch(AwardForm form, String issuer) {
        return of(issuer).filter(level -> !level.gives(form));
    }
}
