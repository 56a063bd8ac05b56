package io.csplatform.surveys.answer;

import io.csplatform.rest.Problem;
import io.csplatform.surveys.survey.SurveyKind;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.stream.IntStream;

/** The pages a contact's browser gets, in Portuguese (Qute, HTML-escaped). */
@ApplicationScoped
public class PublicPages {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final Template question;
    private final Template message;

    public PublicPages(@Location("question.html") Template question, @Location("message.html") Template message) {
        this.question = question;
        this.message = message;
    }

    Response question(Invitation invitation, String expiresOn, String optOutLink) {
        SurveyKind kind = invitation.kind();
        return page(200, question.data("question", invitation.question())
                .data("legend", kind == SurveyKind.NPS ? "Sua nota: 0 = nada provável, 10 = extremamente provável"
                        : "Sua nota: 1 = muito insatisfeito, 5 = muito satisfeito")
                .data("scores", IntStream.rangeClosed(kind.min(), kind.max()).boxed().toList())
                .data("expiresOn", expiresOn).data("optOutLink", optOutLink).render());
    }

    Response thanks(int status) {
        return message(status, "Obrigado!", "Recebemos a sua resposta. Ela nos ajuda a melhorar.", null, null);
    }

    Response optOutQuestion(boolean optedOut, String action) {
        return optedOut ? optedOut() : message(200, "Não receber mais pesquisas",
                "Confirme que você não quer mais receber as nossas pesquisas neste endereço de e-mail.", action,
                "Não quero mais receber pesquisas");
    }

    Response optedOut() {
        return message(200, "Pronto", "Você não receberá mais as nossas pesquisas neste endereço de e-mail.", null, null);
    }

    Response problem(Problem problem) {
        String[] page = LinkProblems.page(problem);
        return message(problem.status(), page[0], page[1], null, null);
    }

    private Response message(int status, String title, String text, String action, String button) {
        return page(status, message.data("title", title).data("message", text).data("action", action)
                .data("button", button).render());
    }

    private static Response page(int status, String html) {
        return Response.status(status).type(HTML).entity(html).build();
    }
}
