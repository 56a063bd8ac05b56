package io.csplatform.runtime.catalog;

import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.CatalogEntry;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Evaluator;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.ScheduledTrigger;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What playbooks can react to, check and do, by catalog id (shared/spec/catalog.md). Every trigger, condition and
 * action is a bean of its own class; the catalog finds them all (no hand-kept list) and refuses two with one id.
 */
@Singleton
public class Catalog {

    private final Map<String, EventTrigger> eventTriggers;
    private final Map<String, ScheduledTrigger> scheduledTriggers;
    private final Map<String, Condition> conditions;
    private final Map<String, Action> actions;
    private final Evaluator evaluator;

    @Inject
    public Catalog(Instance<EventTrigger> eventTriggers, Instance<ScheduledTrigger> scheduledTriggers,
                   Instance<Condition> conditions, Instance<Action> actions) {
        this(list(eventTriggers), list(scheduledTriggers), list(conditions), list(actions));
    }

    public Catalog(Collection<EventTrigger> eventTriggers, Collection<ScheduledTrigger> scheduledTriggers,
                   Collection<Condition> conditions, Collection<Action> actions) {
        this.eventTriggers = index(eventTriggers);
        this.scheduledTriggers = index(scheduledTriggers);
        this.conditions = index(conditions);
        this.actions = index(actions);
        this.evaluator = new Evaluator(this.conditions);
    }

    /** Every trigger id, event-driven and scheduled. */
    public Set<String> triggers() {
        Set<String> ids = new java.util.TreeSet<>(eventTriggers.keySet());
        ids.addAll(scheduledTriggers.keySet());
        return ids;
    }

    /** The trigger listening to {@code eventType}; null when none does. */
    public EventTrigger eventTrigger(String eventType) {
        return eventTriggers.get(eventType);
    }

    public ScheduledTrigger scheduledTrigger(String id) {
        return scheduledTriggers.get(id);
    }

    /** The trigger with this id, of either kind; null when unknown. */
    public CatalogEntry trigger(String id) {
        CatalogEntry trigger = eventTriggers.get(id);
        return trigger != null ? trigger : scheduledTriggers.get(id);
    }

    public Map<String, EventTrigger> eventTriggers() {
        return eventTriggers;
    }

    public Map<String, ScheduledTrigger> scheduledTriggers() {
        return scheduledTriggers;
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

    private static <T> List<T> list(Instance<T> beans) {
        return StreamSupport.stream(beans.spliterator(), false).toList();
    }

    private static <T extends CatalogEntry> Map<String, T> index(Collection<T> entries) {
        return entries.stream().collect(Collectors.toMap(CatalogEntry::id, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two catalog entries with id " + a.id() + ": " + a.getClass() + ", " + b.getClass());
        }, TreeMap::new));
    }
}
