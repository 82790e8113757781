package dev.upright.progress.webhooks.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

import dev.upright.progress.adherence.AdherenceQueries;
import dev.upright.progress.webhooks.RetrySchedule;
import dev.upright.progress.webhooks.WebhookSignature;
import dev.upright.progress.webhooks.config.WebhookConfig;
import dev.upright.progress.webhooks.domain.WebhookDelivery;
import dev.upright.support.tenancy.RequestContexts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries, a few at a time per instance ({@code workers}), each in its own transaction that keeps the
 * delivery's row locked while it is sent. A delivery is claimed only if no earlier delivery of the same client to the same
 * endpoint is still pending, so a client's events reach an endpoint in order; {@code skip locked} lets several
 * instances share the work without sending anything twice. A delivery given up (failed) no longer holds back the
 * client's later ones.
 * <p>
 * Works across clinics, as the outbox relay does: rows are read and written with native SQL by id, and the body
 * sent is the one stored with the delivery, which only the event's own clinic produced.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final int MAX_ERROR = 500;

    @Inject
    EntityManager em;

    @Inject
    EndpointAddresses addresses;

    private final WebhookConfig config;
    private final HttpClient http;
    private final RetrySchedule schedule;
    private final ExecutorService workers;

    WebhookDispatcher(WebhookConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.schedule = new RetrySchedule(config.firstRetry(), config.maxRetryDelay(), config.giveUpAfter());
        this.workers = Executors.newFixedThreadPool(config.workers(), Thread.ofPlatform().name("webhook-worker-", 0)
                .daemon().factory());
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
        http.close();
    }

    record Due(UUID id, String eventId, String payload, int attempts, Instant queuedAt, String url,
            String secret) {
    }

    /** What one attempt came to: the HTTP status if there was an answer, and what went wrong if anything. */
    record Outcome(Integer status, String error) {
        boolean delivered() {
            return error == null;
        }
    }

    @Scheduled(every = "${upright.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        // One claim first, on this thread: an idle poll costs one query and one connection, not one per worker
        if (!sendNext()) {
            return;
        }
        AtomicInteger budget = new AtomicInteger(config.maxPerPoll() - 1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < config.workers(); i++) {
            running.add(workers.submit(() -> {
                while (budget.getAndDecrement() > 0 && sendNext()) {
                    // one attempt per claim; the next claim skips rows the other workers hold
                }
            }));
        }
        for (Future<?> worker : running) {
            try {
                worker.get();
            } catch (ExecutionException e) {
                LOG.warn("Webhook worker stopped", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Claims one due delivery and makes one attempt; false when none is due. Tests call it directly too. */
    public boolean sendNext() {
        return RequestContexts.within(this::claimAndSend);
    }

    private boolean claimAndSend() {
        // Longer than an attempt can take, connect and answer each bounded by the timeout
        int seconds = (int) Math.max(60, config.timeout().toSeconds() * 3);
        return QuarkusTransaction.requiringNew().timeout(seconds).call(() -> {
            Optional<Due> due = claim(Instant.now());
            if (due.isEmpty()) {
                return false;
            }
            Instant at = Instant.now();
            Outcome outcome = attempt(due.get(), at);
            settle(due.get(), at, outcome);
            return true;
        });
    }

    @SuppressWarnings("unchecked")
    private Optional<Due> claim(Instant now) {
        return ((List<Object[]>) em.createNativeQuery("""
                select d.id, d.event_id, d.payload, d.attempts, d.queued_at, e.url, e.secret
                from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.status = 'pending' and d.next_attempt_at <= :now and e.enabled
                  and not exists (select 1 from webhook_delivery earlier
                                  where earlier.endpoint_id = d.endpoint_id and earlier.client_id = d.client_id
                                    and earlier.status = 'pending' and earlier.seq < d.seq)
                order by d.next_attempt_at, d.seq
                limit 1
                for update of d skip locked""").setParameter("now", now).getResultList()).stream().findFirst()
                .map(r -> new Due((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                        AdherenceQueries.instant(r[4]), (String) r[5], (String) r[6]));
    }

    Outcome attempt(Due due, Instant at) {
        URI uri = URI.create(due.url());
        Optional<String> blocked = addresses.blockedReason(uri);
        if (blocked.isPresent()) {
            return new Outcome(null, "Not sent: " + blocked.get());
        }
        long timestamp = at.getEpochSecond();
        var request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Upright-Webhooks/1")
                .header("webhook-id", due.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(due.secret(), due.eventId(), timestamp, due.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build();
        try {
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = answer.statusCode();
            return status >= 200 && status < 300 ? new Outcome(status, null)
                    : new Outcome(status, "Answered HTTP " + status);
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted while sending");
        }
    }

    private void settle(Due due, Instant at, Outcome outcome) {
        int attempts = due.attempts() + 1;
        String status;
        Instant next = null;
        if (outcome.delivered()) {
            status = WebhookDelivery.DELIVERED;
        } else {
            next = schedule.nextAttempt(attempts, due.queuedAt(), at).orElse(null);
            status = next == null ? WebhookDelivery.FAILED : WebhookDelivery.PENDING;
            LOG.debugf("Webhook delivery %s attempt %d failed: %s", due.id(), attempts, outcome.error());
        }
        // Typed parameters: a null of unknown type is refused by PostgreSQL in some positions
        em.createNativeQuery("""
                update webhook_delivery set status = :status, attempts = :attempts, last_attempt_at = :at,
                       last_status = :httpStatus, last_error = :error, next_attempt_at = :next,
                       delivered_at = coalesce(:deliveredAt, delivered_at)
                where id = :id""").unwrap(NativeQuery.class)
                .setParameter("status", status).setParameter("attempts", attempts)
                .setParameter("at", at, StandardBasicTypes.INSTANT)
                .setParameter("httpStatus", outcome.status(), StandardBasicTypes.INTEGER)
                .setParameter("error", truncate(outcome.error()), StandardBasicTypes.STRING)
                .setParameter("next", next, StandardBasicTypes.INSTANT)
                .setParameter("deliveredAt", outcome.delivered() ? at : null, StandardBasicTypes.INSTANT)
                .setParameter("id", due.id())
                .executeUpdate();
    }

    static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }
}
