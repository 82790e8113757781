package dev.upright.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.upright.testing.TestServers;

/**
 * One start of the whole platform for every end-to-end test class of the run: starting it takes about a
 * minute and a half on two cores. A test that needs a {@link LocalStack} parameter gets the running one;
 * it is stopped when the test run ends, or earlier by {@link #stop()} (PlatformIT's restart check).
 */
public final class SharedPlatform implements ParameterResolver {

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
                stack = LocalStack.start(StackSettings.withFreePorts(TestServers.projectRoot(), data), System.out);
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
