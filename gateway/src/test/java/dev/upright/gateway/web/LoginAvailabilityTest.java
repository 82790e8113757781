package dev.upright.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

class LoginAvailabilityTest {

    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void shouldKnowNothingBeforeTheFirstCheck() {
        assertThat(new LoginAvailability.Recent(Duration.ofSeconds(5), clock).answer()).isNull();
    }

    @Test
    void shouldReuseAnAnswerOnlyWithinTheCacheTime() {
        var recent = new LoginAvailability.Recent(Duration.ofSeconds(5), clock);
        recent.remember(false);

        now = now.plusSeconds(4);
        assertThat(recent.answer()).isFalse();
        now = now.plusSeconds(1);
        assertThat(recent.answer()).isNull();
    }

    @Test
    void shouldAnswerBrowsersWithAPageAndEveryoneElseWithAProblem() {
        List<MediaType> browser = List.of(MediaType.TEXT_HTML_TYPE, MediaType.APPLICATION_XHTML_XML_TYPE,
                MediaType.valueOf("application/xml;q=0.9"), MediaType.WILDCARD_TYPE);

        assertThat(LoginResource.wantsHtml(browser)).isTrue();
        assertThat(LoginResource.wantsHtml(List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE))).isFalse();
        assertThat(LoginResource.wantsHtml(List.of(MediaType.valueOf("application/problem+json")))).isFalse();
        assertThat(LoginResource.wantsHtml(List.of(MediaType.WILDCARD_TYPE))).isFalse();
        assertThat(LoginResource.wantsHtml(List.of())).isFalse();
    }
}
