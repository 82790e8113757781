package dev.upright.plan.progression;

import java.util.Locale;

/** The kinds of pain a client can log, as the progress contract spells them. */
public enum PainKind {
    MILD_TENSION("mild-tension"), SHARP("sharp"), WORSENING("worsening"),
    /** A code this service does not know; treated like sharp pain, because guessing "mild" is the unsafe side. */
    UNRECOGNISED("unrecognised");

    private final String code;

    PainKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Null or blank for "no pain kind logged". */
    public static PainKind fromCode(String code) {
        if (code == null || code.isBlank()) return null;
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (PainKind kind : values()) {
            if (kind != UNRECOGNISED && kind.code.equals(c)) return kind;
        }
        return UNRECOGNISED;
    }
}
