package io.csplatform.contracts.amendment;

import io.csplatform.events.payload.ContractMrrChanged;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An amendment (aditivo): a change of a contract's MRR, of kind UPSELL, DOWNSELL or ADJUSTMENT. */
@Entity
public class Amendment {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "external_id")
    public String externalId;
    @Enumerated(EnumType.STRING)
    public ContractMrrChanged.Kind kind;
    @Column(name = "previous_mrr")
    public BigDecimal previousMrr;
    public BigDecimal mrr;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(name = "created_at")
    public Instant createdAt;
}
