package io.csplatform.runtime.evaluation;

import java.math.BigDecimal;
import java.util.UUID;

/** What the runtime knows about a customer when it evaluates a playbook (a snapshot of the facts projection). */
public record Facts(UUID customerId, String name, String status, String mainContactName, String mainContactEmail,
                    BigDecimal mrr) {
}
