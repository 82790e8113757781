package dev.upright.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.upright.web.problem.Problem.FieldError;

/** The rules a draft must meet on its own (progression links need the stored catalogue; see {@link ProgressionChains}). */
public final class ExerciseChecks {

    static final int NAME_MAX = 200;
    static final int SETUPS_MAX = 6;
    static final int SETUP_EQUIPMENT_MAX = 6;
    static final int NOTE_MAX = 200;

    private ExerciseChecks() {
    }

    /** @return one error per bad field, in field order; empty when the draft is fine */
    public static List<FieldError> check(ExerciseDraft draft, Set<String> knownMuscles, Set<String> knownEquipment) {
        var errors = new ArrayList<FieldError>();
        if (draft.name() == null || draft.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        } else if (draft.name().strip().length() > NAME_MAX) {
            errors.add(new FieldError("name", "must be at most " + NAME_MAX + " characters"));
        }
        oneOf("category", draft.category(), Vocabulary.CATEGORIES, errors);
        oneOf("movement", draft.movement(), Vocabulary.MOVEMENTS, errors);
        oneOf("difficulty", draft.difficulty(), Vocabulary.DIFFICULTIES, errors);
        known("primaryMuscles", draft.primaryMuscles(), knownMuscles, "muscle", errors);
        known("secondaryMuscles", draft.secondaryMuscles(), knownMuscles, "muscle", errors);
        var both = new HashSet<>(draft.primaryMuscles());
        both.retainAll(draft.secondaryMuscles());
        if (!both.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("secondaryMuscles"))) {
            errors.add(new FieldError("secondaryMuscles", "already listed as primary: " + String.join(", ", both)));
        }
        if (draft.setups() == null) {
            setupEquipment("equipment", draft.equipment(), knownEquipment, errors);
        } else {
            checkSetups(draft, knownEquipment, errors);
        }
        noBlanks("instructions", draft.instructions(), errors);
        noBlanks("cues", draft.cues(), errors);
        noBlanks("cautions", draft.cautions(), errors);
        if (draft.dose() != null) {
            checkDose(draft.dose(), errors);
        }
        return errors;
    }

    private static void checkSetups(ExerciseDraft draft, Set<String> knownEquipment, List<FieldError> errors) {
        List<Setup> setups = draft.setups();
        if (setups.isEmpty()) {
            errors.add(new FieldError("setups", "must list at least one setup"));
            return;
        }
        if (setups.size() > SETUPS_MAX) {
            errors.add(new FieldError("setups", "must list at most " + SETUPS_MAX + " setups"));
            return;
        }
        var seen = new HashSet<Set<String>>();
        for (int i = 0; i < setups.size(); i++) {
            String field = "setups[" + i + "]";
            Setup setup = setups.get(i);
            if (setup == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            setupEquipment(field + ".equipment", setup.equipment(), knownEquipment, errors);
            if (setup.note() != null && setup.note().length() > NOTE_MAX) {
                errors.add(new FieldError(field + ".note", "must be at most " + NOTE_MAX + " characters"));
            }
            if (!seen.add(new HashSet<>(setup.equipment()))) {
                errors.add(new FieldError(field, "needs the same equipment as an earlier setup"));
            }
        }
        // Old readers see only equipment, so it must say the same as the preferred setup
        Setup first = setups.getFirst();
        if (first != null && !first.equipment().isEmpty()
                && !new HashSet<>(draft.equipment()).equals(new HashSet<>(first.equipment()))) {
            errors.add(new FieldError("equipment", "must be the first setup's equipment ("
                    + String.join(", ", first.equipment()) + ") or be left out"));
        }
    }

    /** What one way of doing an exercise needs: a few known codes, or bodyweight alone. */
    private static void setupEquipment(String field, List<String> codes, Set<String> known, List<FieldError> errors) {
        if (codes.isEmpty()) {
            errors.add(new FieldError(field, "must list at least one piece of equipment ('" + Equipment.NONE
                    + "' for bodyweight)"));
        } else if (codes.size() > SETUP_EQUIPMENT_MAX) {
            errors.add(new FieldError(field, "must list at most " + SETUP_EQUIPMENT_MAX + " pieces of equipment"));
        } else if (codes.size() > 1 && codes.contains(Equipment.NONE)) {
            errors.add(new FieldError(field, "'" + Equipment.NONE + "' means bodyweight only; list it alone"));
        } else {
            known(field, codes, known, "equipment", errors);
        }
    }

    private static void checkDose(Dose dose, List<FieldError> errors) {
        positive("dose.sets", dose.sets(), errors);
        positive("dose.reps", dose.reps(), errors);
        positive("dose.seconds", dose.seconds(), errors);
        positive("dose.holdSeconds", dose.holdSeconds(), errors);
        positive("dose.repetitions", dose.repetitions(), errors);
        if (dose.minutes() != null && dose.minutes().compareTo(BigDecimal.ZERO) <= 0) {
            errors.add(new FieldError("dose.minutes", "must be greater than 0"));
        }
        boolean any = Stream.of(dose.sets(), dose.reps(), dose.seconds(), dose.holdSeconds(),
                dose.repetitions(), dose.minutes()).anyMatch(Objects::nonNull);
        if (!any) {
            errors.add(new FieldError("dose", "give sets and reps, a hold in seconds with repetitions, or minutes"));
        }
    }

    private static void positive(String field, Integer value, List<FieldError> errors) {
        if (value != null && value < 1) {
            errors.add(new FieldError(field, "must be at least 1"));
        }
    }

    private static void oneOf(String field, String value, Set<String> allowed, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (!allowed.contains(value)) {
            errors.add(new FieldError(field, "unknown value '" + value + "'; one of " + sorted(allowed, Function.identity())));
        }
    }

    private static void known(String field, List<String> codes, Set<String> known, String what, List<FieldError> errors) {
        List<String> unknown = codes.stream().filter(c -> c == null || !known.contains(c)).map(String::valueOf).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field, "unknown " + what + " " + String.join(", ", unknown)));
        } else if (new HashSet<>(codes).size() < codes.size()) {
            errors.add(new FieldError(field, "lists the same " + what + " twice"));
        }
    }

    private static void noBlanks(String field, List<String> texts, List<FieldError> errors) {
        if (texts.stream().anyMatch(t -> t == null || t.isBlank())) {
            errors.add(new FieldError(field, "must not contain blank entries"));
        }
    }

    private static <T> String sorted(Collection<T> values, Function<T, String> text) {
        return String.join(", ", values.stream().map(text).sorted().toList());
    }
}
