package dev.upright.plan.rest;

import java.time.Instant;
import java.util.UUID;

import dev.upright.plan.domain.ClientProfile;

public record ClientView(UUID id, String displayName, String experienceLevel, Instant createdAt, long version) {

    static ClientView of(ClientProfile client) {
        return new ClientView(client.id, client.displayName, client.experienceLevel, client.createdAt, client.version);
    }
}
