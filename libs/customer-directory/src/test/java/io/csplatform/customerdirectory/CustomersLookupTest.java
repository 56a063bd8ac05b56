package io.csplatform.customerdirectory;

import com.sun.net.httpserver.HttpServer;
import io.csplatform.rest.DependencyUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the customers service's answer means to the service that asked: 200 the customer, 404/403 unknown, and a
 * service that cannot answer (5xx, 429, unreachable) "try again" (503 to the client), never "unknown customer".
 */
class CustomersLookupTest {

    private static final UUID ID = UUID.randomUUID();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/customers/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = ("{\"id\":\"" + ID + "\",\"externalId\":\"E-1\",\"name\":\"Grão Dourado\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CustomersLookup lookup() {
        return new CustomersLookup(null, "http://localhost:" + server.getAddress().getPort(), Duration.ofSeconds(2));
    }

    @Test
    void anAnswerOf200IsTheCustomerAskedWithTheCallersToken() {
        CustomersLookup.Found found = lookup().find(ID, "caller-token").await().indefinitely();
        assertThat(found).isEqualTo(new CustomersLookup.Found(ID, "E-1", "Grão Dourado"));
        assertThat(authorization.get()).isEqualTo("Bearer caller-token");
    }

    @Test
    void notFoundAndForbiddenMeanUnknown() {
        for (int answer : new int[] {404, 403, 401}) {
            status.set(answer);
            assertThat(lookup().find(ID, "t").await().indefinitely()).as("answer %d", answer).isNull();
        }
    }

    @Test
    void aServiceThatCannotAnswerMeansTryAgainNotUnknown() {
        for (int answer : new int[] {503, 500, 429}) {
            status.set(answer);
            assertThatThrownBy(() -> lookup().find(ID, "t").await().indefinitely()).as("answer %d", answer)
                    .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining(String.valueOf(answer));
        }
    }

    @Test
    void anUnreachableServiceMeansTryAgain() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CustomersLookup lookup = new CustomersLookup(null, "http://localhost:" + closed, Duration.ofSeconds(2));
        assertThatThrownBy(() -> lookup.find(ID, "t").await().indefinitely())
                .isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void noCallerOrALookupTurnedOffAsksNothing() {
        assertThat(lookup().find(ID, null).await().indefinitely()).isNull();
        assertThat(new CustomersLookup(null, "none", Duration.ofSeconds(2)).find(ID, "t").await().indefinitely())
                .isNull();
        assertThat(authorization.get()).isNull();
    }
}
