package io.csplatform.customers.tenant;

import io.csplatform.events.payload.TenantSettingsChanged;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A tenant's settings; a tenant without a row has {@link #defaults}. {@code version} grows by one on every change. */
@Entity
@Table(name = "tenant_settings")
public class TenantSettings {

    public static final String DEFAULT_TIME_ZONE = "America/Sao_Paulo";
    public static final String DEFAULT_CURRENCY = "BRL";

    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "time_zone")
    public String timeZone = DEFAULT_TIME_ZONE;
    public String currency = DEFAULT_CURRENCY;
    @Column(name = "email_sender_name")
    public String emailSenderName;
    @Column(name = "email_sender_address")
    public String emailSenderAddress;
    @Column(name = "email_reply_to")
    public String emailReplyTo;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static TenantSettings defaults(String tenantId) {
        TenantSettings settings = new TenantSettings();
        settings.tenantId = tenantId;
        return settings;
    }

    public TenantSettingsChanged changed() {
        return new TenantSettingsChanged(tenantId, timeZone, currency, emailSenderName, emailSenderAddress, emailReplyTo,
                version);
    }
}
