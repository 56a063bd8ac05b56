package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.Set;

/** Facts from {@code cs.contracts.events.v1}: each contract's fields, and the customer's MRR / ARR. */
@Singleton
public class ContractFactMapper implements FactMapper {

    static final String CONTRACT = "contract";

    @Override
    public Set<String> types() {
        return Set.of("contract.created", "contract.mrr.changed", "contract.renewed", "contract.cancelled",
                "contract.expired", "customer.mrr.changed");
    }

    @Override
    public FactChanges map(String type, JsonNode p, long version, ZoneId zone) {
        FactChanges.Builder out = FactChanges.builder(version);
        String contract = p.path("contractId").asText();
        switch (type) {
            case "contract.created" -> out.copy(CONTRACT, contract, p, "externalId", "status", "mrr", "currency",
                    "startDate", "endDate", "plan", "products", "users");
            case "contract.mrr.changed" -> {
                out.copy(CONTRACT, contract, p, "mrr", "currency");
                String kind = p.path("kind").asText();
                if ("UPSELL".equals(kind)) {
                    out.set(CONTRACT, contract, "lastUpsell", p.path("delta"));
                } else if ("DOWNSELL".equals(kind)) {
                    out.set(CONTRACT, contract, "lastDownsell", p.path("delta").decimalValue().abs());
                }
            }
            case "contract.renewed" -> out.copy(CONTRACT, contract, p, "startDate", "endDate", "mrr", "currency")
                    .set(CONTRACT, contract, "status", "ACTIVE");
            case "contract.cancelled" -> out.set(CONTRACT, contract, "status", "CANCELLED");
            case "contract.expired" -> out.set(CONTRACT, contract, "status", "EXPIRED");
            case "customer.mrr.changed" -> out.copy(CustomerFactMapper.CUSTOMER, "", p, "mrr", "arr", "currency");
            default -> {
                return FactChanges.NONE;
            }
        }
        return out.build();
    }
}
