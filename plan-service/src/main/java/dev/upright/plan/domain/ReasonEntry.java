package dev.upright.plan.domain;

/** A stored reason: the rule it rests on (a generation rule code, or THERAPIST for a therapist's choice) and its text. */
public record ReasonEntry(String rule, String text) {

    public static final String THERAPIST = "THERAPIST";
}
