package io.csplatform.surveys.answer;

import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;

import java.time.Instant;
import java.util.Map;

/** Why a personal link cannot be used, as a problem (API clients) and as a sentence in Portuguese (browsers). */
final class LinkProblems {

    static final String NOT_FOUND = "survey-link-not-found";
    static final String ANSWERED = "survey-already-answered";
    static final String EXPIRED = "survey-link-expired";

    private static final Map<String, String[]> PAGES = Map.of(
            NOT_FOUND, new String[] {"Link inválido", "Não encontramos esta pesquisa. Confira se o endereço foi copiado "
                    + "inteiro do e-mail que você recebeu."},
            ANSWERED, new String[] {"Pesquisa já respondida", "Esta pesquisa já foi respondida por este link. "
                    + "Obrigado pela sua participação!"},
            EXPIRED, new String[] {"Link expirado", "O prazo para responder a esta pesquisa terminou. Obrigado pelo "
                    + "interesse!"},
            "validation", new String[] {"Resposta incompleta", "Escolha uma nota na escala e envie novamente."});

    private LinkProblems() {
    }

    static ProblemException notFound() {
        return new ProblemException(Problem.of(404, NOT_FOUND, "Survey link not found",
                "This survey link is not valid: it is incomplete, was changed, or was never issued"));
    }

    static ProblemException answered() {
        return new ProblemException(Problem.of(409, ANSWERED, "Survey already answered",
                "This survey link was already used to answer; a link answers once"));
    }

    static ProblemException expired(Instant at) {
        return new ProblemException(Problem.of(410, EXPIRED, "Survey link expired",
                "This survey link expired at " + at + "; it can no longer be answered"));
    }

    /** Title and sentence of the page a browser gets for the problem. */
    static String[] page(Problem problem) {
        String slug = problem.type().substring(problem.type().lastIndexOf('/') + 1);
        return PAGES.getOrDefault(slug, new String[] {"Não foi possível continuar", "Tente novamente mais tarde."});
    }
}
