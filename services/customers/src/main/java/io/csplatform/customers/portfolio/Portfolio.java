package io.csplatform.customers.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** A portfolio (carteira): a named group of a tenant's customers. */
@Entity
public class Portfolio {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String name;
    @Column(name = "created_at")
    public Instant createdAt;
}
