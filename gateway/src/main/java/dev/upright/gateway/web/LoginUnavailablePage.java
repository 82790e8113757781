package dev.upright.gateway.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.upright.gateway.problem.GatewayProblem;

/**
 * The page a browser gets from the login route while Keycloak is down. No script or inline style, so the gateway's
 * Content-Security-Policy holds; "Try again" repeats the same login, "Back to Upright" opens the app.
 */
final class LoginUnavailablePage {

    private LoginUnavailablePage() {
    }

    static String render(String to) {
        String again = to == null ? "/login" : "/login?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Sign-in unavailable - Upright</title>
                  <link rel="icon" href="/app/icon.svg" type="image/svg+xml">
                  <link rel="stylesheet" href="/app/app.css">
                </head>
                <body>
                  <main id="main">
                    <section class="welcome">
                      <h1>Upright</h1>
                      <p class="notice notice-warning" id="login-unavailable" role="alert">%s</p>
                      <p><a class="button primary" href="%s">Try again</a> <a href="/">Back to Upright</a></p>
                    </section>
                  </main>
                </body>
                </html>
                """.formatted(GatewayProblem.LOGIN_UNAVAILABLE, escape(again));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
