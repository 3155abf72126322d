package vn.chibo.content.document;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document references in free text. Recognised spellings (DOMAIN.md): "05-CT/TW", "Chỉ thị số
 * 05-CT/TW", "Kết luận số 01-KL/TW ngày 18/5/2021", "Kế hoạch số 35 KH/ĐUK", "Quy định 08-QĐi/TW",
 * "Kế hoạch số 91/KH-VKSTC", "Chỉ thị số 01/CT-VKSTC", "KL 01", "Kết luận 01". Without an issuer, the
 * Central Committee (TW) is meant. Numbers are written with at least two digits.
 */
public final class DocumentRefs {

    private static final String KIND = "(CT|KL|NQ|QĐi|QĐ|QDi|QD|HD|KH)";
    /** ĐUK, BTCTU, VKSTC; a government body's code may end in lower case: TTg (Thủ tướng), BNV. */
    private static final String ISSUER = "([A-ZĐ][A-ZĐ0-9]*[a-zđ]?(?:-[A-ZĐ0-9]+[a-zđ]?)*)(?![\\p{L}])";
    /** 05-CT/TW, 35 KH/ĐUK; numbers of national decisions run past 9999. */
    private static final Pattern NUMBER_KIND_ISSUER =
            Pattern.compile("\\b(\\d{1,5})\\s*[- ]\\s*" + KIND + "\\s*/\\s*" + ISSUER);
    /** 91/KH-VKSTC */
    private static final Pattern NUMBER_SLASH_KIND_ISSUER =
            Pattern.compile("\\b(\\d{1,5})\\s*/\\s*" + KIND + "\\s*-\\s*" + ISSUER);
    /** KL 01, Kết luận 01, Chỉ thị số 05 (no issuer: TW) */
    private static final Pattern KIND_NUMBER = Pattern.compile(
            "(?<![\\p{L}])(CT|KL|NQ|QĐi|QĐ|HD|KH|Chỉ thị|Kết luận|Nghị quyết|Quy định|Hướng dẫn|Kế hoạch)\\s+(?:số\\s+)?(\\d{1,4})(?![\\d/-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DocumentRefs() {}

    /** Every reference in {@code text}, each once, in order of appearance. */
    public static List<DocumentRef> find(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        Set<DocumentRef> found = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(normal);
        for (Pattern pattern : List.of(NUMBER_KIND_ISSUER, NUMBER_SLASH_KIND_ISSUER)) {
            Matcher m = pattern.matcher(rest);
            while (m.find()) {
                found.add(new DocumentRef(number(m.group(1)), kind(m.group(2)), m.group(3)));
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        Matcher m = KIND_NUMBER.matcher(rest);
        while (m.find()) {
            found.add(new DocumentRef(number(m.group(2)), kind(m.group(1)), "TW"));
        }
        return List.copyOf(found);
    }

    /**
     * A decision's number as it is written on the decision, which is how exports and documents must print it: a
     * State body's "1234/QĐ-TTg" and a Party body's "1234-QĐ/TU" are both official forms, and rewriting one into the
     * other changes the number. Only what is not the number is dropped ("Quyết định số", "Số") and spaces tidied
     * ("1234 - QĐ/TTg" is "1234-QĐ/TTg").
     */
    public static String decisionNumber(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .replaceFirst("(?i)^(quyết định\\s+)?(số\\s+)", "")
                .replaceAll("\\s*([/-])\\s*", "$1");
    }

    private static String number(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        return trimmed.length() == 1 ? "0" + trimmed : trimmed;
    }

    private static DocumentRef.Kind kind(String written) {
        String k = written.toLowerCase(Locale.ROOT);
        return switch (k) {
            case "ct", "chỉ thị" -> DocumentRef.Kind.CT;
            case "kl", "kết luận" -> DocumentRef.Kind.KL;
            case "nq", "nghị quyết" -> DocumentRef.Kind.NQ;
            case "qđi", "qdi" -> DocumentRef.Kind.QDI;
            case "qđ", "qd", "quy định" -> DocumentRef.Kind.QD;
            case "hd", "hướng dẫn" -> DocumentRef.Kind.HD;
            default -> DocumentRef.Kind.KH;
        };
    }
}
