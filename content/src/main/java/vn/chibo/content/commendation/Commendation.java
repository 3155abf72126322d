package vn.chibo.content.commendation;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.content.text.Words;

/**
 * One commendation for one recipient: a collective ({@code memberId} null; {@code unitId} is the collective)
 * or a person ({@code memberId}; {@code unitId} is their cell). {@code formName} names an {@link AwardForm#OTHER};
 * {@code badgeYears} is set exactly for a {@link AwardForm#BADGE}. Documents are canonical references; photos are Telegram file ids.
 */
public record Commendation(
        long unitId,
        Long memberId,
        String recipientName,
        AwardForm form,
        String formName,
        Integer badgeYears,
        String issuer,
        String achievement,
        Period period,
        List<String> documents,
        String decisionNumber,
        LocalDate decisionDate,
        List<String> photoFileIds) {

    /** The longest texts the commendation's columns keep (characters); forms refuse longer before saving. */
    public static final int MAX_FORM_NAME = 200;

    public static final int MAX_ISSUER = 300;
    public static final int MAX_ACHIEVEMENT = 2000;
    public static final int MAX_DOCUMENTS = 500;
    public static final int MAX_DECISION_NUMBER = 100;
    public static final int MAX_PHOTO_IDS = 2000;

    /** The achievement's period: whole years or a range of months or days, as written ({@code label}). */
    public record Period(LocalDate from, LocalDate to, String label) {}

    public boolean collective() {
        return memberId == null;
    }

    /** How the form reads: "Huy hiệu 40 năm tuổi Đảng", "Bằng khen", the typed name of another form. */
    public String formLabel() {
        return switch (form) {
            case BADGE -> Words.t("award.form.badge_years", Integer.toString(badgeYears));
            case OTHER -> formName;
            default -> form.vietnamese();
        };
    }
}
