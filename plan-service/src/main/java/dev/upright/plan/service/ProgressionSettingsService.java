package dev.upright.plan.service;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.plan.config.ProgressionDefaults;
import dev.upright.plan.domain.ClinicProgressionSettings;
import dev.upright.plan.progression.ProgressionSettings;
import dev.upright.plan.progression.ProgressionSettings.OnPain;
import dev.upright.support.tenancy.TenantContext;

@ApplicationScoped
public class ProgressionSettingsService {

    @Inject
    TenantContext tenancy;

    @Inject
    ProgressionDefaults defaults;

    /** The caller's clinic's settings. */
    public ProgressionSettings current() {
        return forTenant(tenancy.requireTenant());
    }

    /** A clinic's settings, or the deployment's defaults where it has set none (consumers pass the event's tenant). */
    public ProgressionSettings forTenant(String tenant) {
        ClinicProgressionSettings own = ClinicProgressionSettings.findById(tenant);
        return own == null
                ? new ProgressionSettings(defaults.qualifyingSessions(), defaults.maxManageableRpe(),
                        defaults.painThreshold(), onPain(defaults.onPain()))
                : new ProgressionSettings(own.qualifyingSessions, own.maxManageableRpe, own.painThreshold,
                        onPain(own.onPain));
    }

    @Transactional
    public ProgressionSettings update(ProgressionSettings settings, String updatedBy) {
        String tenant = tenancy.requireTenant();
        ClinicProgressionSettings row = ClinicProgressionSettings.findById(tenant);
        if (row == null) {
            row = new ClinicProgressionSettings();
            row.tenantId = tenant;
        }
        row.qualifyingSessions = settings.qualifyingSessions();
        row.maxManageableRpe = settings.maxManageableRpe();
        row.painThreshold = settings.painThreshold();
        row.onPain = settings.onPain().name().toLowerCase(Locale.ROOT);
        row.updatedAt = Instant.now();
        row.updatedBy = updatedBy;
        row.persist();
        return settings;
    }

    private static OnPain onPain(String code) {
        return OnPain.valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
