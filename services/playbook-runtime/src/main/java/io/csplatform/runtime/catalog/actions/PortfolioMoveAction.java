package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.PortfolioMove;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

/** {@code portfolio.move}: move the customer to a portfolio ({@code portfolioId} null: out of any portfolio). */
@Singleton
public class PortfolioMoveAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["portfolioId"],
             "properties": {"portfolioId": {"type": ["string", "null"], "format": "uuid"}}}""");

    @Override
    public String id() {
        return "portfolio.move";
    }

    @Override
    public Labels labels() {
        return new Labels("Move the customer to a portfolio", "Alterar Cliente para Carteira");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        return Plan.send(CustomerMessages.PORTFOLIO_MOVE, new PortfolioMove(step, context.facts().customerId(),
                ActionParams.uuid(params, "portfolioId")));
    }
}
