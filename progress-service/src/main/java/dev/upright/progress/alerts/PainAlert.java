package dev.upright.progress.safety;

import java.util.Set;

/**
 * When reported pain means "stop and get help" rather than ordinary effort: sharp or worsening pain, or
 * any pain at or above the clinic's threshold. Mild, easing tension below it is part of training.
 */
public record PainPolicy(int threshold) {

    public static final Set<String> KINDS = Set.of("mild-tension", "sharp", "worsening");

    public PainPolicy {
        if (threshold < 1 || threshold > 10) {
            throw new IllegalArgumentException("Pain alert threshold must be 1-10, was " + threshold);
        }
    }

    public boolean needsAttention(int score, String kind) {
        return "sharp".equals(kind) || "worsening".equals(kind) || score >= threshold;
    }

    public String safetyMessage(String exerciseName) {
        return "Stop " + exerciseName + " for now. Sharp, worsening or strong pain is a signal to rest it:"
                + " contact your therapist or a medical professional before doing it again.";
    }
}
