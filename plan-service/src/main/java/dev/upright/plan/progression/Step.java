package dev.upright.plan.progression;

/** The steps up, in the only order they are taken. */
public enum Step {
    SECOND_SET("a second set"),
    THIRD_SET("a third set"),
    HEAVIER_LOAD("a slightly heavier load"),
    HARDER_VARIATION("the next harder variation");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
