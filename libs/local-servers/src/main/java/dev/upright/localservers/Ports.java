package dev.upright.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port checks that fail early with a message naming the port and who wanted it. */
public final class Ports {

    private Ports() {
    }

    public static void requireFree(String purpose, String variable, int port) {
        if (!isFree(port)) {
            throw new PortInUseException("Port " + port + " (" + purpose + ") is already in use. Stop what holds it"
                    + " (for example: ss -ltnp 'sport = :" + port + "'), or choose another port with " + variable + "=<port>.");
        }
    }

    public static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            // Servers bind with SO_REUSEADDR, so connections lingering in TIME_WAIT do not count as in use
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Ports {@link #findFree()} has handed out in this JVM: several are chosen before any server binds its own. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port free right now on the loopback interface, for tests that must not collide with a running stack.
     * Never the same port twice in one JVM: the operating system may offer a port again as soon as the probe
     * closes it, before the server it was chosen for has started.
     */
    public static int findFree() {
        while (true) {
            try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(String message) {
            super(message);
        }
    }
}
