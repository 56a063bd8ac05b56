package io.csplatform.security;

/** Realm roles of {@code cs-platform}; finer permissions are roles named {@code <resource>:<verb>}. */
public final class Roles {

    public static final String CS_ADMIN = "cs-admin";
    public static final String CSM = "csm";
    public static final String INTEGRATION = "integration";
    /** Company leaders: read the at-risk customers report and receive it weekly. */
    public static final String CS_LEADER = "cs-leader";
    public static final String PLAYBOOKS_MANAGE = "playbooks:manage";
    public static final String CUSTOMER_OWNERS_MANAGE = "customer-owners:manage";

    private Roles() {
    }
}
