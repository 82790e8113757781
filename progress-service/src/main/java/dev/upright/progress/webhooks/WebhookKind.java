package dev.upright.progress.webhooks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** What a clinic can subscribe an endpoint to; the code is also the {@code type} of each delivered payload. */
public enum WebhookKind {
    SESSION_LOGGED("session-logged"), PAIN_ALERT("pain-alert"), PLAN_ACTIVATED("plan-activated"),
    PLAN_ADJUSTED("plan-adjusted");

    /**
     * Alert reasons that count as pain alerts: pain judged concerning in a session, and mild pain rising on an
     * exercise. A quiet client or an adherence drop is not about pain and is not sent.
     */
    public static final Set<String> PAIN_REASONS = Set.of("pain", "pain-rising");

    public static final List<String> CODES = Stream.of(values()).map(WebhookKind::code).toList();

    private final String code;

    WebhookKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookKind> fromCode(String code) {
        return Stream.of(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    public static boolean isPainAlert(String reason) {
        return PAIN_REASONS.contains(reason);
    }
}
