package io.csplatform.finance.charge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A charge (cobrança / invoice) of a customer. */
@Entity
public class Charge {

    public static final String OPEN = "open";
    public static final String PAID = "paid";
    public static final String OVERDUE = "overdue";
    public static final String CANCELLED = "cancelled";

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "contract_external_id")
    public String contractExternalId;
    public BigDecimal amount;
    public String currency;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String status;
    @Column(name = "paid_date")
    public LocalDate paidDate;
    @Column(name = "erp_version")
    public Long erpVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Open or overdue: still to be paid. */
    public boolean isUnpaid() {
        return OPEN.equals(status) || OVERDUE.equals(status);
    }
}
