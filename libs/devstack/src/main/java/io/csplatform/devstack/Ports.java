package io.csplatform.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Port helpers: pick a free port, fail clearly when a configured one is taken. */
public final class Ports {

    private static final java.util.Random RANDOM = new java.security.SecureRandom();
    /** Every port handed out by this JVM: free when picked, but a server may not have bound it yet. */
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999), so that outgoing connections opened while
     * the stack starts cannot take it before the server binds it. Never the same port twice in a JVM: two servers
     * of a stack (or of two stacks starting side by side) could otherwise both get a port neither has bound yet.
     */
    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20000 + RANDOM.nextInt(12000);
            if (isFree(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between 20000 and 32000");
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // ignore TIME_WAIT leftovers, still fails on a listener
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @param ports component name to port */
    static void requireFree(Map<String, Integer> ports) {
        ports.forEach((name, port) -> {
            if (!isFree(port)) {
                throw new IllegalStateException("Port " + port + " for " + name + " is already in use"
                        + " (another dev stack or launcher running?). Stop it or choose other ports.");
            }
        });
    }
}
