package io.csplatform.customers.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

@Entity
public class Customer {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String name;
    @Column(name = "external_id")
    public String externalId;
    public String status;
    @Column(name = "created_at")
    public Instant createdAt;
}
