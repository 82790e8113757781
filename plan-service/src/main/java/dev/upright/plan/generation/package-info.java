/**
 * The plan generator: plain Java, no framework types, so it can be tested and benchmarked on its own;
 * {@code service.PlanService} feeds it the client's profile and the clinic's catalogue.
 *
 * <p>Where the rules come from. The session shape, frequency, equipment, level, pain and desk-worker
 * rules are the "Plan generation: the rules" section of the design document, which in turn rests
 * on the upper-back article: a 5-minute dynamic warm-up first; 3 to 5 strengthening moves with at
 * least one row and one posture move, lower-back and grip work in support; 3 to 5 static stretches
 * held 15 to 20 s and repeated, never in the warm-up; 1 to 2 sessions a week for beginners, 2 to 3
 * otherwise; light loads to start; renegade and high barbell rows only past the basics; short posture
 * resets for desk workers. Numbers the sources leave open are decided here and named as constants
 * where they are used: {@link dev.upright.plan.generation.Frequency} (therapist overrides 1 to 6),
 * {@link dev.upright.plan.generation.PainAreas} (which muscles and movements load a region),
 * {@link dev.upright.plan.generation.Doses} (beginner limits, stretch holds, warm-up move lengths),
 * {@link dev.upright.plan.generation.SessionEstimate} (how long a dose takes).
 *
 * <p>Each rule is a {@link dev.upright.plan.generation.rules.PlanRule} that checks a finished plan,
 * so the same code verifies generated plans (the generator runs all of them on its own output and
 * treats a failure as its own bug) and plans a therapist has edited. When no plan can keep
 * the rules, the generator answers {@link dev.upright.plan.generation.GenerationResult.Unsatisfiable}
 * naming each rule that cannot be met and what would fix it; contraindications and pain areas are
 * never relaxed to make a plan fit.
 *
 * <p>Determinism contract: for equal profile, catalogue content and seed, {@code generate} returns an
 * equal result, on any JVM and in any run. The catalogue is sorted by slug then id on construction,
 * profile sets are only read through sorted copies or membership tests, hash maps are used for
 * lookups only, and the single source of choice is a {@link java.util.SplittableRandom} created from
 * the seed. Changing the catalogue (its version) may change the plan; the explanations record the
 * catalogue version and seed the plan was built from.
 */
package dev.upright.plan.generation;
