package dev.upright.progress.webhooks.service;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.upright.progress.webhooks.AddressRules;
import dev.upright.progress.webhooks.config.WebhookConfig;
import dev.upright.web.problem.ProblemException;

/**
 * The guard against webhooks into the platform's own network: an endpoint's host must resolve only to public
 * addresses (unless the deployment allows private ones). Checked when an endpoint is saved and again before each
 * attempt, since what a name resolves to can change after it was registered.
 */
@ApplicationScoped
public class EndpointAddresses {

    static final int MAX_URL_LENGTH = 2000;

    @Inject
    WebhookConfig config;

    /** The URL as stored, or a 400 (not an http(s) URL) or 422 (not a public address) problem. */
    public String requireAllowed(String url) {
        URI uri = parse(url);
        blockedReason(uri).ifPresent(reason -> {
            throw ProblemException.ruleViolation("public-address-only", "url: " + reason
                    + ". Webhooks are sent only to public internet addresses.");
        });
        return uri.toString();
    }

    /** Why an attempt to this URL must not be made now, or empty when it may. */
    public Optional<String> blockedReason(URI uri) {
        if (config.allowPrivateAddresses()) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            var kind = AddressRules.nonPublicKind(address);
            if (kind.isPresent()) {
                return Optional.of("host " + uri.getHost() + " resolves to " + address.getHostAddress() + ", "
                        + kind.get());
            }
        }
        return Optional.empty();
    }

    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.invalid("url", "is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw ProblemException.invalid("url", "is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw ProblemException.invalid("url", "must be an https:// or http:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.invalid("url", "has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.invalid("url", "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw ProblemException.invalid("url", "must not have a #fragment");
        }
        return uri;
    }
}
