package dev.upright.progress.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.progress.domain.IdempotencyRecord;
import dev.upright.web.problem.ProblemException;

/**
 * Sessions logged with an Idempotency-Key: the first request with a key holds it for the session it stores; the
 * same key again with the same body is a retry and gets that session back, with another body it is refused.
 */
@ApplicationScoped
public class IdempotentRequests {

    @Inject
    ObjectMapper json;

    /**
     * @return the session stored by an earlier request with this caller's key, to answer again; empty when the key
     *         was free and now holds {@code sessionId}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String caller, String idempotencyKey, LogSession request, UUID sessionId, Instant at) {
        String requestHash = fingerprint(request);
        var previous = IdempotencyRecord.claim(caller, idempotencyKey, requestHash, sessionId, at);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        if (!previous.get().requestHash.equals(requestHash)) {
            throw ProblemException.conflict("Idempotency-Key " + idempotencyKey
                    + " was already used for a different session; send a new key for a new session.");
        }
        return Optional.of(previous.get().sessionLogId);
    }

    /** The JSON of the command, which has the request body's shape, so a hash stored before still matches. */
    private String fingerprint(LogSession request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
