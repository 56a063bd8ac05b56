package io.csplatform.events.payload;

import java.util.UUID;

/**
 * {@code tenant.settings.changed}: a tenant's settings after a change, whole. {@code version} grows by one on every
 * change, so a consumer keeping a copy ignores an older one. Tenant-wide: published with {@link #SUBJECT} as the
 * customer id (key {@code <tenantId>:00000000-0000-0000-0000-000000000000}).
 */
public record TenantSettingsChanged(String tenantId, String timeZone, String currency, String emailSenderName,
                                    String emailSenderAddress, String emailReplyTo, long version) {

    /** The subject of a tenant-wide event: the nil UUID. */
    public static final UUID SUBJECT = new UUID(0L, 0L);
}
