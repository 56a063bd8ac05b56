package io.csplatform.actions.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A Server-Sent Events client for tests: reads the stream on its own thread and stamps each line on arrival. */
public final class SseClient implements AutoCloseable {

    /** An event: its id, name and data, and {@link System#nanoTime()} when its data line arrived. */
    public record Event(String id, String name, String data, long receivedAt) {
    }

    private record Line(String text, long at) {
    }

    private static final Line CLOSED = new Line(null, 0);

    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final Stream<String> body;

    private SseClient(Stream<String> body) {
        this.body = body;
        Thread reader = new Thread(() -> {
            try {
                body.forEach(line -> lines.add(new Line(line, System.nanoTime())));
            } catch (RuntimeException closed) {
                // the stream was closed
            }
            lines.add(CLOSED);
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream with a bearer token (and Last-Event-ID when not null); fails unless it answers 200 SSE. */
    public static SseClient open(URI uri, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        return new SseClient(response.body());
    }

    /** Waits for the comment the server sends once it listens; anything before it fails the test. */
    public SseClient awaitConnected() throws InterruptedException {
        Line line = poll(Duration.ofSeconds(30));
        assertThat(line.text()).as("first line of the stream").startsWith(":").contains("connected");
        return this;
    }

    /** The next event with data, skipping comments; null when none comes within {@code timeout}. */
    public Event next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String id = null;
        String name = null;
        String data = null;
        long at = 0;
        while (true) {
            Line line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line == CLOSED) {
                return null;
            }
            String text = line.text();
            if (text.isEmpty() && data != null) {
                return new Event(id, name, data, at);
            }
            if (text.startsWith("id:")) {
                id = value(text);
            } else if (text.startsWith("event:")) {
                name = value(text);
            } else if (text.startsWith("data:")) {
                data = value(text);
                at = line.at();
            }
        }
    }

    private Line poll(Duration timeout) throws InterruptedException {
        Line line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(line).as("a line of the stream within " + timeout).isNotNull().isNotSameAs(CLOSED);
        return line;
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() {
        body.close();
    }
}
