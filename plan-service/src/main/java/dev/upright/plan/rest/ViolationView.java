package dev.upright.plan.rest;

import dev.upright.plan.generation.Violation;

/** A broken rule: its code, what is wrong where, and what would put it right. */
public record ViolationView(String rule, String detail, String fix) {

    static ViolationView of(Violation v) {
        return new ViolationView(v.rule().name(), v.detail(), v.fix());
    }
}
