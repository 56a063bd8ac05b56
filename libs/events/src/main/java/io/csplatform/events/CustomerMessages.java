package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.ContactCreated;
import io.csplatform.events.payload.ContactDeactivated;
import io.csplatform.events.payload.ContactUpdated;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.CustomerUpdated;
import io.csplatform.events.payload.CustomerOwnerChanged;
import io.csplatform.events.payload.CustomerPortfolioChanged;
import io.csplatform.events.payload.CustomerStatusChanged;
import io.csplatform.events.payload.CustomerTagChanged;
import io.csplatform.events.payload.OwnerAssign;
import io.csplatform.events.payload.PortfolioMove;
import io.csplatform.events.payload.TagsChange;
import io.csplatform.events.payload.TenantSettingsChanged;

import java.util.List;

/** Events of the customers service ({@code cs.customers.events.v1}) and its commands ({@code cs.customers.commands.v1}). */
public final class CustomerMessages {

    public static final MessageType<CustomerCreated> CUSTOMER_CREATED =
            new MessageType<>("customer.created", CustomerCreated.class, Kind.EVENT);
    public static final MessageType<CustomerUpdated> CUSTOMER_UPDATED =
            new MessageType<>("customer.updated", CustomerUpdated.class, Kind.EVENT);
    public static final MessageType<CustomerOwnerChanged> CUSTOMER_OWNER_CHANGED =
            new MessageType<>("customer.owner.changed", CustomerOwnerChanged.class, Kind.EVENT);
    public static final MessageType<CustomerStatusChanged> CUSTOMER_STATUS_CHANGED =
            new MessageType<>("customer.status.changed", CustomerStatusChanged.class, Kind.EVENT);
    public static final MessageType<CustomerTagChanged> CUSTOMER_TAG_CHANGED =
            new MessageType<>("customer.tag.changed", CustomerTagChanged.class, Kind.EVENT);
    public static final MessageType<CustomerPortfolioChanged> CUSTOMER_PORTFOLIO_CHANGED =
            new MessageType<>("customer.portfolio.changed", CustomerPortfolioChanged.class, Kind.EVENT);
    public static final MessageType<ContactCreated> CONTACT_CREATED =
            new MessageType<>("contact.created", ContactCreated.class, Kind.EVENT);
    public static final MessageType<ContactUpdated> CONTACT_UPDATED =
            new MessageType<>("contact.updated", ContactUpdated.class, Kind.EVENT);
    public static final MessageType<ContactDeactivated> CONTACT_DEACTIVATED =
            new MessageType<>("contact.deactivated", ContactDeactivated.class, Kind.EVENT);
    public static final MessageType<TenantSettingsChanged> TENANT_SETTINGS_CHANGED =
            new MessageType<>("tenant.settings.changed", TenantSettingsChanged.class, Kind.EVENT);
    public static final MessageType<TagsChange> TAGS_CHANGE =
            new MessageType<>("tags.change", TagsChange.class, Kind.COMMAND);
    public static final MessageType<PortfolioMove> PORTFOLIO_MOVE =
            new MessageType<>("portfolio.move", PortfolioMove.class, Kind.COMMAND);
    public static final MessageType<OwnerAssign> OWNER_ASSIGN =
            new MessageType<>("owner.assign", OwnerAssign.class, Kind.COMMAND);
    public static final List<MessageType<?>> ALL = List.of(CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_OWNER_CHANGED,
            CUSTOMER_STATUS_CHANGED, CUSTOMER_TAG_CHANGED, CUSTOMER_PORTFOLIO_CHANGED, CONTACT_CREATED, CONTACT_UPDATED, CONTACT_DEACTIVATED,
            TENANT_SETTINGS_CHANGED, TAGS_CHANGE, PORTFOLIO_MOVE, OWNER_ASSIGN);

    private CustomerMessages() {
    }
}
