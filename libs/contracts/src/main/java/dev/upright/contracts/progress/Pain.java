package dev.upright.contracts.progress;

/**
 * When logged pain is concerning: sharp, worsening or unrecognised pain whatever its score, or any pain scored
 * at or above a threshold. Mild, easing tension below it is part of training. progress-service judges pain
 * with it to warn the client and alert the therapist, plan-service to stop an exercise from progressing.
 * <p>
 * The predicate is one, the threshold is not: each service passes its own, and on purpose. progress-service's
 * pain alert threshold decides when a therapist is told to look; plan-service's progression pain threshold
 * decides when an exercise's dose stops rising (and is paused or regressed). A clinic can set them apart, e.g.
 * alert early at 3 yet keep progressing until 5.
 */
public final class Pain {

    private Pain() {
    }

    /**
     * @param score     0 to 10
     * @param kind      null without a pain kind
     * @param threshold the score (1 to 10) from which any pain is concerning
     */
    public static boolean concerning(int score, PainKind kind, int threshold) {
        return score >= threshold || concerning(kind);
    }

    /** Whether the kind alone, whatever the score, is concerning: anything but mild tension; no kind is not. */
    public static boolean concerning(PainKind kind) {
        return kind != null && kind != PainKind.MILD_TENSION;
    }
}
