package dev.upright.progress.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void shouldSignIdTimestampAndBodyWithTheDecodedSecretAsStandardWebhooksDo() throws Exception {
        byte[] key = new byte[24];
        IntStream.range(0, key.length).forEach(i -> key[i] = (byte) (i * 7 + 3));
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String body = "{\"type\":\"session-logged\",\"data\":{\"note\":\"ß and ✓\"}}";

        // Computed here, apart from the code under test
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("evt-42.1700000000." + body).getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.sign(secret, "evt-42", 1_700_000_000L, body)).isEqualTo(expected);
    }

    @Test
    void shouldMatchTheExampleOfTheStandardWebhooksSpecification() {
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1_614_265_330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldChangeTheSignatureWithTheTimestampOrAByteOfTheBody() {
        String secret = WebhookSignature.newSecret();
        String signed = WebhookSignature.sign(secret, "a", 1, "{}");
        assertThat(WebhookSignature.sign(secret, "a", 2, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(secret, "a", 1, "{ }")).isNotEqualTo(signed);
    }

    @Test
    void shouldIssueFreshSecretsOf32RandomBytesBehindTheWhsecPrefix() {
        String one = WebhookSignature.newSecret();
        String two = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        assertThat(Base64.getDecoder().decode(one.substring("whsec_".length()))).hasSize(32);
    }

    @Test
    void shouldRefuseASecretWithoutThePrefix() {
        assertThatThrownBy(() -> WebhookSignature.sign("c2VjcmV0", "a", 1, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
