package io.csplatform.surveys.answer;

import io.csplatform.rest.ProblemException;
import io.csplatform.surveys.contact.TenantZones;
import io.csplatform.surveys.link.SurveyLinks;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The personal link e-mailed to a contact, no login needed (the signed token is the authority): the question page,
 * the answer (form or JSON), and the opt-out. A browser gets pages in Portuguese, other clients JSON and
 * problem+json: 404 unknown or forged link, 409 already answered, 410 expired, 400 score out of the scale.
 */
@Path(SurveyLinks.PATH + "{token}")
@PermitAll
public class PublicSurveyResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** An answer sent as JSON. */
    public record AnswerRequest(Integer score, String comment) {
    }

    /** The question, for an API client. */
    public record QuestionView(String kind, String question, int minScore, int maxScore, java.time.Instant expiresAt) {
    }

    private final AnswerService answers;
    private final PublicPages pages;
    private final SurveyLinks links;
    private final TenantZones zones;

    public PublicSurveyResource(AnswerService answers, PublicPages pages, SurveyLinks links, TenantZones zones) {
        this.answers = answers;
        this.pages = pages;
        this.links = links;
        this.zones = zones;
    }

    @GET
    public Uni<Response> question(@PathParam("token") String token, @Context HttpHeaders headers) {
        return negotiated(headers, () -> answers.open(token).chain(invitation -> Negotiation.wantsHtml(headers)
                ? zones.of(invitation.tenantId()).map(zone -> pages.question(invitation,
                DAY.format(invitation.expiresAt().atZone(zone)), links.optOut(token)))
                : Uni.createFrom().item(json(200, new QuestionView(invitation.kind().name(), invitation.question(),
                invitation.kind().min(), invitation.kind().max(), invitation.expiresAt())))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> answerForm(@PathParam("token") String token, @FormParam("score") String score,
                                    @FormParam("comment") String comment, @Context HttpHeaders headers) {
        return negotiated(headers, () -> answers.answer(token, number(score), comment).map(answered(headers)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> answerJson(@PathParam("token") String token, AnswerRequest body, @Context HttpHeaders headers) {
        return negotiated(headers, () -> answers.answer(token, body == null ? null : body.score(),
                body == null ? null : body.comment()).map(answered(headers)));
    }

    @GET
    @Path("/opt-out")
    public Uni<Response> optOutPage(@PathParam("token") String token, @Context HttpHeaders headers) {
        return negotiated(headers, () -> answers.optedOut(token).map(optedOut -> Negotiation.wantsHtml(headers)
                ? pages.optOutQuestion(optedOut, links.optOut(token)) : json(200, Map.of("optedOut", optedOut))));
    }

    @POST
    @Path("/opt-out")
    public Uni<Response> optOut(@PathParam("token") String token, @Context HttpHeaders headers) {
        return negotiated(headers, () -> answers.optOut(token).map(changed -> Negotiation.wantsHtml(headers)
                ? pages.optedOut() : json(200, Map.of("optedOut", true))));
    }

    private Function<AnswerService.Answered, Response> answered(HttpHeaders headers) {
        return answered -> Negotiation.wantsHtml(headers) ? pages.thanks(200) : json(201, answered);
    }

    /** Runs the work; a problem becomes a page for a browser, problem+json (the global mapper) for anyone else. */
    private Uni<Response> negotiated(HttpHeaders headers, Supplier<Uni<Response>> work) {
        return Uni.createFrom().<Response>deferred(work::get)
                .onFailure(e -> e instanceof ProblemException && Negotiation.wantsHtml(headers))
                .recoverWithItem(e -> pages.problem(((ProblemException) e).problem()));
    }

    private static Response json(int status, Object entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }

    private static Integer number(String score) {
        if (score == null || score.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(score.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("score", "must be a whole number");
        }
    }
}
