package io.csplatform.surveys.survey;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.payload.Recipient;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.surveys.contact.Contacts;
import io.csplatform.surveys.survey.SurveyViews.InvitationView;
import io.csplatform.surveys.survey.SurveyViews.SurveyView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.hibernate.reactive.mutiny.Mutiny;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A CSM sends a survey to a customer's contacts: all active ones with an address, or those named. */
@Path("/api/v1/customers/{customerId}/surveys")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class SendResource {

    /** {@code contactIds}: active contacts of the customer; omitted: every active contact with an e-mail address. */
    public record SendRequest(@NotNull SurveyKind kind, @Size(max = 500) List<UUID> contactIds) {
    }

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory customers;
    private final Contacts contacts;
    private final SurveySender sender;
    private final CurrentTenant tenant;

    public SendResource(Mutiny.SessionFactory sessions, CustomerDirectory customers, Contacts contacts,
                        SurveySender sender, CurrentTenant tenant) {
        this.sessions = sessions;
        this.customers = customers;
        this.contacts = contacts;
        this.sender = sender;
        this.tenant = tenant;
    }

    @POST
    @Path("/send")
    public Uni<Response> send(@PathParam("customerId") UUID customerId, @Valid @NotNull SendRequest body) {
        String tenantId = tenant.id();
        return sessions.withTransaction(session -> customers.exists(session, tenantId, customerId).chain(known -> !known
                        ? Uni.createFrom().<SurveySender.Sent>nullItem()
                        : contacts.active(session, tenantId, customerId).chain(active -> sender.send(session, tenantId,
                        null, body.kind(), customerId, recipients(active, body.contactIds()), null))))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId))
                .map(sent -> {
                    if (sent.invitations().isEmpty()) {
                        throw ProblemException.conflict("nobody-to-survey", sent.whyNothing());
                    }
                    return Response.created(URI.create("/api/v1/surveys/" + sent.surveyId())).entity(view(sent)).build();
                });
    }

    private static List<Recipient> recipients(List<Contacts.Contact> active, List<UUID> contactIds) {
        if (contactIds == null || contactIds.isEmpty()) {
            List<Recipient> all = active.stream().filter(c -> c.email() != null && !c.email().isBlank())
                    .map(c -> new Recipient(c.name(), c.email(), c.id())).toList();
            if (all.isEmpty()) {
                throw ProblemException.conflict("nobody-to-survey", "the customer has no active contact with an e-mail address");
            }
            return all;
        }
        Map<UUID, Contacts.Contact> byId = active.stream().collect(Collectors.toMap(Contacts.Contact::id, Function.identity()));
        List<Recipient> chosen = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < contactIds.size(); i++) {
            Contacts.Contact contact = byId.get(contactIds.get(i));
            if (contact == null) {
                errors.add(new Problem.FieldError("contactIds[" + i + "]", "is not an active contact of the customer"));
            } else if (contact.email() == null || contact.email().isBlank()) {
                errors.add(new Problem.FieldError("contactIds[" + i + "]", "has no e-mail address"));
            } else {
                chosen.add(new Recipient(contact.name(), contact.email(), contact.id()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The request has " + errors.size() + " invalid field(s)", errors));
        }
        return chosen;
    }

    private static SurveyView view(SurveySender.Sent sent) {
        List<InvitationView> invitations = sent.invitations().stream().map(i -> new InvitationView(i.id(),
                sent.surveyId(), sent.kind().name(), i.contactId(), i.email(), i.name(), sent.sentAt(), i.expiresAt(),
                null, "PENDING")).toList();
        return new SurveyView(sent.surveyId(), sent.customerId(), sent.kind().name(), sent.question(), sent.sentAt(),
                null, null, invitations, sent.skipped());
    }
}
