package dev.upright.plan.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.ConstraintViolation;

import dev.upright.contracts.catalog.Household;
import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.PainAreas;
import dev.upright.web.problem.Problem.FieldError;

/**
 * Checks of a profile that need the catalogue: equipment codes, goals, pain areas, contraindications.
 * Only values the request adds are checked, so a code that later left the catalogue does not block
 * an unrelated change. A misspelt contraindication or pain area would silently protect nothing, so
 * it is refused rather than stored.
 */
final class ProfileValidation {

    static final Set<String> GOALS = Set.of("posture", "strength", "ease-aches");

    private ProfileValidation() {
    }

    /** Codes trimmed, lower-cased, blanks and repeats dropped, in the order given. */
    static List<String> codes(List<String> values) {
        if (values == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) out.add(value.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    static List<FieldError> beanErrors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
    }

    static List<FieldError> catalogueErrors(ProfileInput input, ProfileInput before, Set<String> knownEquipment,
            Catalogue plannable, List<CatalogueExercise> visible) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "equipment", input.equipment(), before == null ? null : before.equipment(), knownEquipment::contains,
                "is not an equipment code of the catalogue (known: " + String.join(", ", knownEquipment) + ")");
        check(errors, "goals", input.goals(), null, GOALS::contains, "must be posture, strength or ease-aches");
        check(errors, "unavailableItems", input.unavailableItems(), null, Household::isHousehold,
                "is not a household item (" + String.join(", ", new java.util.TreeSet<>(Household.ITEMS)) + ")");
        check(errors, "painAreas", input.painAreas(), before == null ? null : before.painAreas(),
                area -> PainAreas.isKnown(area, plannable),
                "is neither a body region (" + PainAreas.knownAreas() + ") nor a muscle code of the catalogue");
        check(errors, "contraindications", input.contraindications(), before == null ? null : before.contraindications(),
                code -> visible.stream().anyMatch(e -> code.equals(e.exerciseId.toString()) || code.equals(e.slug)
                        || code.equals(e.movement)),
                "matches no exercise id, slug or movement code of the catalogue");
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static void check(List<FieldError> errors, String field, List<String> values, List<String> before,
            Predicate<String> known, String message) {
        List<String> given = values == null ? List.of() : values;
        List<String> kept = before == null ? List.of() : codes(before);
        for (int i = 0; i < given.size(); i++) {
            String raw = given.get(i);
            if (raw == null || raw.isBlank()) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be blank"));
                continue;
            }
            String code = raw.strip().toLowerCase(Locale.ROOT);
            if (!kept.contains(code) && !known.test(code)) {
                errors.add(new FieldError(field + "[" + i + "]", "'" + raw + "' " + message));
            }
        }
    }
}
