package dev.upright.progress.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.progress.alerts.AlertSettings;
import dev.upright.progress.config.ProgressConfig;
import dev.upright.progress.domain.ClinicAlertSettings;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.web.problem.ProblemException;

@ApplicationScoped
public class AlertSettingsService {

    @Inject
    TenantContext tenancy;

    @Inject
    ProgressConfig defaults;

    /** The current clinic's thresholds, or the deployment's defaults where it has set none. */
    public AlertSettings current() {
        String tenant = tenancy.requireTenant();
        ClinicAlertSettings own = ClinicAlertSettings.findById(tenant);
        return own == null
                ? new AlertSettings(defaults.painAlertThreshold(), defaults.painRisePoints(), defaults.quietDays(),
                        defaults.adherenceDropPoints())
                : new AlertSettings(own.painAlertThreshold, own.painRisePoints, own.quietDays, own.adherenceDropPoints);
    }

    @Transactional
    public AlertSettings update(AlertSettings settings, String updatedBy) {
        String tenant = tenancy.requireTenant();
        var problems = settings.problems();
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        ClinicAlertSettings row = ClinicAlertSettings.findById(tenant);
        if (row == null) {
            row = new ClinicAlertSettings();
            row.tenantId = tenant;
        }
        row.painAlertThreshold = settings.painAlertThreshold();
        row.painRisePoints = settings.painRisePoints();
        row.quietDays = settings.quietDays();
        row.adherenceDropPoints = settings.adherenceDropPoints();
        row.updatedAt = Instant.now();
        row.updatedBy = updatedBy;
        row.persist();
        return settings;
    }
}
