package io.csplatform.security;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * An HTTP call from reactive code: the JDK client completes on its own threads, and Hibernate Reactive refuses a
 * session used from another thread than its Vert.x context, so the answer is emitted on the caller's context.
 */
public final class ContextHttp {

    private ContextHttp() {
    }

    public static Uni<HttpResponse<String>> send(HttpClient http, HttpRequest request) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            Uni<HttpResponse<String>> answer = Uni.createFrom()
                    .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            return context == null ? answer : answer.emitOn(task -> context.runOnContext(ignored -> task.run()));
        });
    }
}
