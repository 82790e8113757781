/**
 * Progression and safety for a running plan: after each logged session, whether an exercise steps up
 * (second set, third set, heavier load, harder variation, one step at most a week), stays, pauses on
 * pain, or regresses. Plain Java like {@code dev.upright.plan.generation}, whose types it reuses; the
 * rules are in {@link dev.upright.plan.progression.ProgressionPolicy}, the load increments in
 * {@link dev.upright.plan.progression.Loads}. {@code service.ProgressionService} applies it to each session
 * that arrives on {@code progress.sessions}.
 */
package dev.upright.plan.progression;
