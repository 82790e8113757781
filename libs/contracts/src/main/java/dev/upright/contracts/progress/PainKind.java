package dev.upright.contracts.progress;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of pain a client can log, spelled as {@link SessionLogged.ExerciseResult#painKind()} carries them;
 * {@link Pain} says which are concerning.
 */
public enum PainKind {
    MILD_TENSION("mild-tension"), SHARP("sharp"), WORSENING("worsening"),
    /** A code a reader does not know; concerning like sharp pain, because guessing "mild" is the unsafe side. */
    UNRECOGNISED("unrecognised");

    /** The codes a client may log, in the order an error message lists them. */
    public static final List<String> LOGGABLE = Stream.of(MILD_TENSION, SHARP, WORSENING).map(PainKind::code).toList();

    private final String code;

    PainKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * Lenient, for reading what was logged: null for null or blank (no pain kind), {@link #UNRECOGNISED} for a
     * code not known here (a newer producer, a typo), so that an unknown kind is never taken for mild.
     */
    public static PainKind fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(k -> k != UNRECOGNISED && k.code.equals(c)).findFirst().orElse(UNRECOGNISED);
    }

    /** Strict, for accepting a log: exactly one of the {@link #LOGGABLE} codes, as spelled there. */
    public static Optional<PainKind> loggable(String code) {
        return Stream.of(values()).filter(k -> k != UNRECOGNISED && k.code.equals(code)).findFirst();
    }
}
