package dev.upright.plan.generation;

import java.util.function.Predicate;

/** The jobs an exercise can do in a plan, by catalogue category and movement. */
public enum Purpose {
    WARM_UP("dynamic warm-up move", o -> Categories.WARM_UP.equals(o.category()) && !o.isStaticStretch()),
    STRENGTHENING("strengthening exercise", Strengthening::isStrengthening),
    ROW("rowing exercise", o -> Strengthening.isStrengthening(o) && o.isRow()),
    POSTURE("posture-focused exercise", o -> Categories.POSTURE.equals(o.category())),
    LOWER_BACK("lower-back exercise", o -> Categories.LOWER_BACK.equals(o.category())),
    GRIP("grip exercise", o -> Categories.GRIP.equals(o.category())),
    STRETCH("static stretch", o -> Categories.STRETCH.equals(o.category())),
    POSTURE_BREAK("posture-break move", o -> Categories.POSTURE_BREAK.equals(o.category())
            || (Categories.POSTURE.equals(o.category()) && Categories.PULL_APART_MOVEMENT.equals(o.movement())));

    private final String what;
    private final Predicate<ExerciseOption> test;

    Purpose(String what, Predicate<ExerciseOption> test) {
        this.what = what;
        this.test = test;
    }

    public String what() {
        return what;
    }

    public boolean matches(ExerciseOption option) {
        return test.test(option);
    }
}
