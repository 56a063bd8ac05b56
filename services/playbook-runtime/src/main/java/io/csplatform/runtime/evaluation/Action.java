package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.ExecutionStep;

/** One action of the catalog: validates its params and plans the command the actions service executes. Pure. */
public interface Action extends CatalogEntry {

    /**
     * The command for {@code step}, resolved from {@code context} (the trigger event, the facts, the tenant's zone and
     * clock), or the reason there is nothing to do (nobody to send to, no such task...).
     */
    Plan plan(JsonNode params, ExecutionStep step, Context context);

    /** Either a command to send, or the reason the step is skipped. */
    record Plan(MessageType<?> commandType, Object command, String skipReason) {

        public static Plan send(MessageType<?> type, Object command) {
            return new Plan(type, command, null);
        }

        public static Plan skip(String reason) {
            return new Plan(null, null, reason);
        }
    }
}
