package dev.upright.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.upright.testing.TestServers;

/**
 * One start of the whole platform for every end-to-end test class of the run: starting it takes about two
 * minutes on two cores. It runs as a clinic that outgrew one instance would: {@value #INSTANCES} instances of
 * each of catalog-, plan- and progress-service behind the gateway, so every end-to-end test also checks that
 * the services work side by side (ScaleOutIT looks at how they share the work). The alert sweep runs every
 * {@value #SWEEP_INTERVAL} instead of hourly, so that its rounds can be observed. A test that needs a {@link LocalStack} parameter gets the running one;
 * it is stopped when the test run ends, or earlier by {@link #stop()} (PlatformIT's restart check).
 */
public final class SharedPlatform implements ParameterResolver {

    static final int INSTANCES = 2;
    static final String SWEEP_INTERVAL = "4s";

    private static LocalStack stack;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    static synchronized LocalStack running(ExtensionContext context) {
        if (stack == null) {
            try {
                Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "platform-it-");
                var settings = StackSettings.withFreePorts(TestServers.projectRoot(), data).withInstances(INSTANCES);
                // Webhook receivers in these tests listen on this machine, which the address guard refuses by default
                stack = LocalStack.prepare(settings, System.out).withServiceEnvironment(Map.of(
                        "UPRIGHT_PROGRESS_SWEEP_INTERVAL", SWEEP_INTERVAL, "UPRIGHT_PROGRESS_SWEEP_DELAY", "5s",
                        "UPRIGHT_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true"));
                stack.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Closed by JUnit when the whole run is over (AutoCloseable values of the root store are)
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedPlatform.class,
                    (AutoCloseable) SharedPlatform::stop);
        }
        return stack;
    }

    /** Stops the shared platform now; the next test asking for one starts a new one. */
    static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
