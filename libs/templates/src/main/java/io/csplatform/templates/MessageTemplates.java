package io.csplatform.templates;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The texts a playbook writes (e-mail subject and body, notification title): Qute templates such as
 * {@code Olá {contact.name}, bem-vindo à {customer.name}!}. The playbook runtime checks them when a playbook is saved
 * ({@link #problems}); the actions service renders them when it sends ({@link #render}). Both use {@link #VARIABLES}.
 */
public final class MessageTemplates {

    /** Every variable a template may name: object -> its fields. */
    public static final Map<String, Set<String>> VARIABLES = variables();

    private static final Engine ENGINE = Engine.builder().addDefaults().strictRendering(true).build();

    private MessageTemplates() {
    }

    private static Map<String, Set<String>> variables() {
        Map<String, Set<String>> variables = new LinkedHashMap<>();
        variables.put("customer", Set.of("id", "name", "externalId", "status", "plan", "mrr", "arr", "currency"));
        variables.put("contact", Set.of("id", "name", "email", "phone"));
        variables.put("contract", Set.of("id", "externalId", "status", "plan", "mrr", "currency", "startDate",
                "endDate", "users"));
        variables.put("owner", Set.of("type", "userId", "name", "email"));
        variables.put("task", Set.of("id", "title", "stage", "status", "dueDate"));
        variables.put("recipient", Set.of("name", "email"));
        return Map.copyOf(variables);
    }

    /** What is wrong with {@code template}: a syntax error, or each variable it names that does not exist. */
    public static List<String> problems(String template) {
        Template parsed;
        try {
            parsed = ENGINE.parse(template);
        } catch (TemplateException e) {
            return List.of("is not a valid template: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Expression expression : parsed.getExpressions()) {
            if (expression.isLiteral() || expression.getParts().isEmpty()) {
                continue;
            }
            String problem = problem(expression);
            if (problem != null && !problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static String problem(Expression expression) {
        List<Expression.Part> parts = expression.getParts();
        String root = parts.get(0).getName();
        Set<String> fields = VARIABLES.get(root);
        if (expression.getNamespace() != null || fields == null) {
            return "names an unknown variable {" + expression.toOriginalString() + "}; known: " + String.join(", ",
                    VARIABLES.keySet().stream().sorted().toList());
        }
        if (parts.size() == 1) {
            return "names {" + root + "} without a field; use one of " + sorted(root, fields);
        }
        String field = parts.get(1).getName();
        if (!fields.contains(field) || parts.size() > 2) {
            return "names an unknown variable {" + expression.toOriginalString() + "}; " + root + " has "
                    + sorted(root, fields);
        }
        return null;
    }

    private static String sorted(String root, Set<String> fields) {
        return String.join(", ", fields.stream().sorted().map(field -> root + "." + field).toList());
    }

    /** The rendered text, or the reason it cannot be rendered (a value it names is missing, a broken template). */
    public static Rendered render(String template, Map<String, ?> variables) {
        try {
            var instance = ENGINE.parse(template).instance();
            variables.forEach(instance::data);
            return new Rendered(Optional.of(instance.render()), null);
        } catch (TemplateException e) {
            return new Rendered(Optional.empty(), e.getMessage());
        }
    }

    public record Rendered(Optional<String> text, String error) {
    }
}
