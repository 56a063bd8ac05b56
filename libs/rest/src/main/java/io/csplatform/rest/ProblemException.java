package io.csplatform.rest;

import java.util.List;

/** Thrown by use cases to answer with a problem: a rule violated (409), a bad reference (400)... */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail));
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalid(message, List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " not found"));
    }
}
