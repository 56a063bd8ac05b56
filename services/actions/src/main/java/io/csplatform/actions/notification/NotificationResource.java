package io.csplatform.actions.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.io.UncheckedIOException;
import java.util.UUID;

/** The caller's own notifications (user = token {@code sub}, tenant = token {@code tenant_id}); see docs/actions.md. */
@Path("/api/v1/notifications")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class NotificationResource {

    private final NotificationQueries queries;
    private final NotificationStream stream;
    private final NotificationsConfig config;
    private final CurrentTenant caller;
    private final ObjectMapper json;

    public NotificationResource(NotificationQueries queries, NotificationStream stream, NotificationsConfig config,
                                CurrentTenant caller, ObjectMapper json) {
        this.queries = queries;
        this.stream = stream;
        this.config = config;
        this.caller = caller;
        this.json = json;
    }

    /** Newest first; {@code ?unread=true} for unread ones only; {@code unreadCount} counts all unread ones. */
    @GET
    public Uni<NotificationPage> list(@QueryParam("unread") String unread, @QueryParam("cursor") String cursor,
                                      @QueryParam("limit") String limit) {
        return queries.list(caller.id(), caller.userId(), flag("unread", unread), Paging.Cursor.parse(cursor),
                Paging.limit(limit));
    }

    @POST
    @Path("/{id}/read")
    public Uni<NotificationView> read(@PathParam("id") UUID id) {
        return queries.markRead(caller.id(), caller.userId(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("notification"));
    }

    @POST
    @Path("/read-all")
    public Uni<Marked> readAll() {
        return queries.markAllRead(caller.id(), caller.userId()).map(Marked::new);
    }

    public record Marked(int marked) {
    }

    /**
     * Server-Sent Events: a {@code connected} comment once listening, then an event {@code notification} (data: the
     * notification as JSON, id: its position) per new notification, a keep-alive comment when idle. A reconnect with
     * {@code Last-Event-ID} first gets what was committed since.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        Paging.Cursor after = resumeAfter(lastEventId);
        Multi<OutboundSseEvent> notifications = stream.of(caller.id(), caller.userId(), after)
                .map(view -> sse.newEventBuilder().id(view.position().encode()).name("notification")
                        .data(write(view)).build());
        Multi<OutboundSseEvent> comments = Multi.createBy().concatenating().streams(
                Multi.createFrom().item(() -> sse.newEventBuilder().comment("connected").reconnectDelay(1000).build()),
                Multi.createFrom().ticks().every(config.keepAlive())
                        .map(tick -> sse.newEventBuilder().comment("keep-alive").build()));
        OutboundSseEvent end = sse.newEventBuilder().comment("end").build();
        // merged in this order, the notifications are listened to before the client reads "connected"; the stream ends
        // with them (the listener reconnected: the client resumes with Last-Event-ID)
        return Multi.createBy().merging().streams(notifications.onCompletion().continueWith(end), comments)
                .select().first(event -> event != end);
    }

    private String write(NotificationView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paging.Cursor resumeAfter(String lastEventId) {
        try {
            return Paging.Cursor.parse(lastEventId);
        } catch (ProblemException e) {
            throw ProblemException.invalidField("Last-Event-ID", "is not an event id this stream gave");
        }
    }

    private static boolean flag(String field, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalidField(field, "must be true or false");
    }
}
