package dev.upright.plan.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.upright.plan.progression.ProgressionSettings;

/** A clinic's progression settings as the API shows and takes them. */
public record ProgressionSettingsView(
        @NotNull @Min(1) @Max(10) Integer qualifyingSessions,
        @NotNull @Min(1) @Max(10) Integer maxManageableRpe,
        @NotNull @Min(1) @Max(10) Integer painThreshold,
        @NotNull @Pattern(regexp = "pause|regress", message = "must be pause or regress") String onPain) {

    static ProgressionSettingsView of(ProgressionSettings settings) {
        return new ProgressionSettingsView(settings.qualifyingSessions(), settings.maxManageableRpe(),
                settings.painThreshold(), settings.onPain().name().toLowerCase(java.util.Locale.ROOT));
    }

    ProgressionSettings toSettings() {
        return new ProgressionSettings(qualifyingSessions, maxManageableRpe, painThreshold,
                ProgressionSettings.OnPain.valueOf(onPain.toUpperCase(java.util.Locale.ROOT)));
    }
}
