package dev.upright.progress.alerts;

import java.util.ArrayList;
import java.util.List;

import dev.upright.web.problem.Problem.FieldError;

/**
 * The thresholds that decide when a therapist is alerted, each clinic's own or the deployment's defaults, and
 * the alert rules they set. Also the body of {@code /api/v1/clinic/alert-settings}, checked by {@link #problems()}.
 */
public record AlertSettings(Integer painAlertThreshold, Integer painRisePoints, Integer quietDays,
        Integer adherenceDropPoints) {

    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        range(errors, "painAlertThreshold", painAlertThreshold, 1, 10);
        range(errors, "painRisePoints", painRisePoints, 1, 10);
        range(errors, "quietDays", quietDays, 1, 90);
        range(errors, "adherenceDropPoints", adherenceDropPoints, 5, 100);
        return errors;
    }

    public PainAlert painAlert() {
        return new PainAlert(painAlertThreshold);
    }

    public PainRisingAlert painRising() {
        return new PainRisingAlert(painRisePoints);
    }

    public QuietClientAlert quietClient() {
        return new QuietClientAlert(quietDays);
    }

    public AdherenceDropAlert adherenceDrop() {
        return new AdherenceDropAlert(adherenceDropPoints);
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
    }
}
