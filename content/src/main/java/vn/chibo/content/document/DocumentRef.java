package vn.chibo.content.document;

/**
 * A Party document reference in one canonical form, {@code NN-KIND/ISSUER} ("05-CT/TW", "35-KH/ĐUK",
 * "91-KH/VKSTC"): the many ways people cite one document are one value.
 */
public record DocumentRef(String number, Kind kind, String issuer) {

    /** Document kinds by their code (DOMAIN.md). */
    public enum Kind {
        CT("Chỉ thị"),
        KL("Kết luận"),
        NQ("Nghị quyết"),
        QD("Quy định"),
        QDI("Quy định"),
        HD("Hướng dẫn"),
        KH("Kế hoạch");

        private final String vietnamese;

        Kind(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }

        /** The code as written: QĐ, QĐi. */
        public String code() {
            return switch (this) {
                case QD -> "QĐ";
                case QDI -> "QĐi";
                default -> name();
            };
        }
    }

    public String canonical() {
        return number + "-" + kind.code() + "/" + issuer;
    }

    /** How it reads in a document: "Chỉ thị số 05-CT/TW". */
    public String cited() {
        return kind.vietnamese() + " số " + canonical();
    }
}
