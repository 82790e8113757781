package dev.upright.plan.generation;

/** The rules a plan must satisfy; reasons and violations name one of them. */
public enum RuleCode {
    WARM_UP,
    STRENGTH_COUNT,
    ROW_REQUIRED,
    POSTURE_MOVE_REQUIRED,
    SUPPORT_WORK,
    COOL_DOWN,
    FREQUENCY,
    PLAN_LENGTH,
    SESSION_LENGTH,
    EQUIPMENT,
    LEVEL,
    LIGHT_START,
    PAIN_AREA,
    CONTRAINDICATION,
    POSTURE_BREAKS,
    VARIETY,
    EXPLAINED,
    KNOWN_EXERCISE,
    DETERMINISM,
    // A plan started from a clinic's template (TemplateAdjuster).
    TEMPLATE,
    // Progression of a running plan (dev.upright.plan.progression).
    PROGRESSION_ORDER,
    PROGRESSION_READINESS,
    PROGRESSION_PACE,
    PAIN_SAFETY
}
