package io.csplatform.customers.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A person at the customer; exactly one active contact is the main one, key users are the champions. */
@Entity
public class Contact {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    public String name;
    public String email;
    public String phone;
    public LocalDate birthday;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] types = new String[0];
    public boolean main;
    @Column(name = "key_user")
    public boolean keyUser;
    public boolean active = true;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The custom attribute values, by key: loaded by {@link ContactService}, stored in {@code contact_attribute}. */
    @Transient
    public Map<String, JsonNode> attributes = Map.of();
}
