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

/**
 * An amendment (aditivo): a change of a contract's MRR, of kind UPSELL, DOWNSELL or ADJUSTMENT. One effective after
 * the day it is recorded is SCHEDULED until the daily sweep makes it APPLIED (or REJECTED, with the reason).
 */
@Entity
public class Amendment {

    public static final String APPLIED = "APPLIED";
    public static final String SCHEDULED = "SCHEDULED";
    public static final String REJECTED = "REJECTED";

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
    public String status;
    @Column(name = "reject_reason")
    public String rejectReason;
    @Column(name = "created_at")
    public Instant createdAt;
}
