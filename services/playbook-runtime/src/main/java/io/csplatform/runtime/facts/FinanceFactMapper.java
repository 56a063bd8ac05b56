package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** Facts from {@code cs.finance.events.v1}: charges (overdue as finance says) and one-off sales in day buckets. */
@Singleton
public class FinanceFactMapper implements FactMapper {

    static final String CHARGE = "charge";
    static final String SALES = "sales";

    @Override
    public Set<String> types() {
        return Set.of("charge.upserted", "charge.overdue", "sale.recorded");
    }

    @Override
    public FactChanges map(String type, JsonNode p, long version, ZoneId zone) {
        FactChanges.Builder out = FactChanges.builder(version);
        String charge = p.path("chargeId").asText();
        switch (type) {
            case "charge.upserted" -> out.copy(CHARGE, charge, p, "externalId", "amount", "currency", "dueDate", "status",
                            "paidDate")
                    .set(CHARGE, charge, "overdue", "overdue".equalsIgnoreCase(p.path("status").asText()));
            case "charge.overdue" -> out.copy(CHARGE, charge, p, "externalId", "amount", "currency", "dueDate")
                    .set(CHARGE, charge, "overdue", true).set(CHARGE, charge, "status", "overdue");
            case "sale.recorded" -> out.bucket(SALES, LocalDate.parse(p.path("soldOn").asText()),
                    p.path("saleId").asText(), p.path("amount").decimalValue());
            default -> {
                return FactChanges.NONE;
            }
        }
        return out.build();
    }
}
