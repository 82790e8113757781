package dev.upright.plan.progression;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.Reason;

/** What to do with one exercise after its latest results. Every decision says why, naming the sessions. */
public sealed interface Decision {

    Reason reason();

    /** The sessions the decision rests on; empty when it rests on none. */
    List<UUID> sessionIds();

    record NoChange(Reason reason, List<UUID> sessionIds) implements Decision {
        public NoChange {
            Objects.requireNonNull(reason, "reason");
            sessionIds = List.copyOf(sessionIds);
        }
    }

    /**
     * @param newExerciseId the harder variation for {@link Step#HARDER_VARIATION}, otherwise null
     * @param newDose       the dose from now on (of the new variation, if there is one)
     */
    record Progress(Step step, Dose newDose, UUID newExerciseId, Reason reason, List<UUID> sessionIds)
            implements Decision {
        public Progress {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(newDose, "newDose");
            Objects.requireNonNull(reason, "reason");
            if ((step == Step.HARDER_VARIATION) != (newExerciseId != null)) {
                throw new IllegalArgumentException("only a harder-variation step names a new exercise");
            }
            sessionIds = List.copyOf(sessionIds);
            if (sessionIds.isEmpty()) throw new IllegalArgumentException("a step up rests on logged sessions");
        }
    }

    /** Stop the exercise: the client is told to stop and consult a professional, the therapist is alerted. */
    record Pause(Reason reason, List<UUID> sessionIds) implements Decision {
        public Pause {
            Objects.requireNonNull(reason, "reason");
            sessionIds = List.copyOf(sessionIds);
            if (sessionIds.isEmpty()) throw new IllegalArgumentException("a pause rests on logged sessions");
        }
    }

    /** @param newExerciseId the easier variation, or null when the same exercise continues at {@code newDose} */
    record Regress(UUID newExerciseId, Dose newDose, Reason reason, List<UUID> sessionIds) implements Decision {
        public Regress {
            Objects.requireNonNull(newDose, "newDose");
            Objects.requireNonNull(reason, "reason");
            sessionIds = List.copyOf(sessionIds);
            if (sessionIds.isEmpty()) throw new IllegalArgumentException("a regression rests on logged sessions");
        }
    }
}
