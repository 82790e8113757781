package dev.upright.plan.generation;

/** Where a prescription sits. A session runs warm-up, strengthening, cool-down in that order. */
public enum Block {
    WARM_UP("warm-up"), STRENGTHENING("strengthening"), COOL_DOWN("cool-down"), POSTURE_BREAK("posture break");

    private final String label;

    Block(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
