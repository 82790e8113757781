package dev.upright.progress.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.upright.progress.domain.Alert;
import dev.upright.support.tenancy.TenantContext;

@ApplicationScoped
public class AlertService {

    @Inject
    TenantContext tenancy;

    public List<Alert> openAlerts() {
        tenancy.requireTenant();
        return Alert.listOpen();
    }
}
