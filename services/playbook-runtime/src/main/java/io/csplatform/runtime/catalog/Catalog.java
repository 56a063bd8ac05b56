package io.csplatform.runtime.catalog;

import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Evaluator;
import io.csplatform.runtime.evaluation.Trigger;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What playbooks can react to, check and do, by catalog id (shared/spec/catalog.md). Only what is
 * implemented end to end is registered; anything else is refused when a playbook is saved.
 */
@ApplicationScoped
public class Catalog {

    private final Map<String, Trigger> triggers =
            index(List.of(new ContractCreatedTrigger(), new ContractMrrChangedTrigger()), Trigger::id);
    private final Map<String, Condition> conditions = index(List.of(new CustomerStatusCondition()), Condition::id);
    private final Map<String, Action> actions =
            index(List.of(new EmailMainContactAction(), new JourneyTaskCreateAction()), Action::id);
    private final Evaluator evaluator = new Evaluator(conditions);

    public Set<String> triggers() {
        return triggers.keySet();
    }

    /** The trigger listening to {@code eventType}; null when none does. */
    public Trigger trigger(String eventType) {
        return triggers.get(eventType);
    }

    public Map<String, Condition> conditions() {
        return conditions;
    }

    public Map<String, Action> actions() {
        return actions;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }
}
