package io.csplatform.actions.command;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateException;

import java.util.Map;
import java.util.Optional;

/** Renders a playbook's text templates ({@code Bem-vindo, {customer.name}!}) with the variables of a command. */
public final class Templates {

    private final Engine engine;

    public Templates(Engine engine) {
        this.engine = engine;
    }

    /** The rendered text, or empty with the reason in {@code error} when a variable is missing or the template is broken. */
    public Rendered render(String template, Map<String, Object> variables) {
        try {
            var instance = engine.parse(template).instance();
            variables.forEach(instance::data);
            return new Rendered(Optional.of(instance.render()), null);
        } catch (TemplateException e) {
            return new Rendered(Optional.empty(), e.getMessage());
        }
    }

    public record Rendered(Optional<String> text, String error) {
    }
}
