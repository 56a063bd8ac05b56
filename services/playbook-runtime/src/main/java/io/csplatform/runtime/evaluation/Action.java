package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.ExecutionStep;

/** One action of the catalog: validates its params and plans the command the actions service executes. Pure. */
public interface Action extends CatalogEntry {

    Plan plan(JsonNode params, ExecutionStep step, TriggerEvent event, Facts facts);

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
