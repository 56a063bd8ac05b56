package io.csplatform.customers.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.customer.Customer;
import io.csplatform.customers.customer.CustomerService;
import io.csplatform.customers.owner.CustomerOwnerService;
import io.csplatform.customers.owner.OwnerType;
import io.csplatform.customers.owner.OwnerTypeService;
import io.csplatform.customers.portfolio.Portfolio;
import io.csplatform.customers.portfolio.PortfolioService;
import io.csplatform.customers.support.JsonFields;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.events.payload.OwnerAssign;
import io.csplatform.events.payload.PortfolioMove;
import io.csplatform.events.payload.TagsChange;
import io.csplatform.outbox.StepResults;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The commands of {@code cs.customers.commands.v1}, applied in the inbox transaction through the same use cases
 * as the REST API, so they publish the same events (caused by the command). A command from a playbook step is
 * confirmed in the same transaction ({@link StepResults}), also when it found nothing to change. A command that can
 * never succeed (unknown customer, owner type or portfolio, empty pool) is an {@link InvalidMessageException}:
 * dead-lettered at once with the reason, not retried.
 */
@ApplicationScoped
public class CustomerCommands {

    private static final int MAX_POOL = 500;

    private final CustomerService customers;
    private final CustomerOwnerService owners;
    private final StepResults results;

    public CustomerCommands(CustomerService customers, CustomerOwnerService owners, StepResults results) {
        this.customers = customers;
        this.owners = owners;
        this.results = results;
    }

    public Uni<?> changeTags(Mutiny.Session session, EventHeaders headers, TagsChange command) {
        List<String> add = tags(command.add());
        List<String> remove = tags(command.remove());
        return change(session, headers, command.customerId(), customer -> {
            Set<String> tags = new LinkedHashSet<>(List.of(customer.tags));
            tags.addAll(add);
            remove.forEach(tags::remove);
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            tags.forEach(array::add);
            return patch("tags", array);
        }).chain(changes -> {
            FieldChange tags = changes.get("tags");
            String detail = tags == null
                    ? "nothing to change: the customer already has tags " + add + " and not " + remove
                    : "tags added " + JsonFields.missing(tags.to(), tags.from()) + ", removed "
                            + JsonFields.missing(tags.from(), tags.to());
            return results.succeeded(session, headers, command.source(), command.customerId(), detail);
        });
    }

    public Uni<?> movePortfolio(Mutiny.Session session, EventHeaders headers, PortfolioMove command) {
        UUID target = command.portfolioId();
        return portfolio(session, headers.tenantId(), target)
                .chain(portfolio -> change(session, headers, command.customerId(), customer -> patch("portfolioId",
                                target == null ? JsonNodeFactory.instance.nullNode()
                                        : JsonNodeFactory.instance.textNode(target.toString())))
                        .chain(changes -> results.succeeded(session, headers, command.source(), command.customerId(),
                                changes.containsKey("portfolioId") ? moved(portfolio) : unmoved(portfolio))));
    }

    public Uni<?> assignOwner(Mutiny.Session session, EventHeaders headers, OwnerAssign command) {
        String tenant = headers.tenantId();
        UUID customerId = required(command.customerId(), "customerId");
        UUID typeId = required(command.ownerTypeId(), "ownerTypeId");
        List<String> pool = checkedOperator(command);
        return CustomerService.find(session, tenant, customerId, LockModeType.NONE)
                .onItem().ifNull().failWith(() -> unknownCustomer(customerId, tenant))
                .chain(() -> OwnerTypeService.find(session, tenant, typeId))
                .onItem().ifNull().failWith(() -> new InvalidMessageException("no owner type " + typeId
                        + " in tenant " + tenant))
                .chain(type -> user(session, tenant, command, pool)
                        .chain(userId -> owners.assign(session, headers, tenant, customerId, typeId, userId))
                        .chain(assignment -> results.succeeded(session, headers, command.source(), customerId,
                                assignment.changed()
                                        ? "owner type " + type.name + " assigned to user " + assignment.userId()
                                        : "nothing to change: user " + assignment.userId() + " already holds owner type "
                                                + type.name)));
    }

    /** The pool a balancing operator picks from (null for {@code fixed}); checks the command's shape first. */
    private static List<String> checkedOperator(OwnerAssign command) {
        return switch (command.operator() == null ? "" : command.operator()) {
            case OwnerAssign.FIXED -> {
                if (command.userId() == null || command.userId().isBlank()) {
                    throw new InvalidMessageException("operator fixed needs a userId");
                }
                yield null;
            }
            case OwnerAssign.FEWEST_CUSTOMERS, OwnerAssign.LOWEST_MRR -> pool(command.pool());
            default -> throw new InvalidMessageException("unknown operator '" + command.operator()
                    + "' (fixed, fewest-customers or lowest-mrr)");
        };
    }

    private static Uni<String> user(Mutiny.Session session, String tenant, OwnerAssign command, List<String> pool) {
        return pool == null ? Uni.createFrom().item(command.userId().strip())
                : OwnerBalancer.pick(session, tenant, command.ownerTypeId(), command.customerId(), command.operator(), pool);
    }

    /** Applies the patch the function builds; answers what changed (empty: nothing to change). */
    private Uni<Map<String, FieldChange>> change(Mutiny.Session session, EventHeaders headers, UUID customerId,
                                                 Function<Customer, ObjectNode> patch) {
        String tenant = headers.tenantId();
        AtomicReference<Map<String, FieldChange>> applied = new AtomicReference<>(Map.of());
        return customers.change(session, headers, tenant, required(customerId, "customerId"), customer -> {
                    Map<String, FieldChange> changes = CustomerService.apply(customer, patch.apply(customer));
                    applied.set(changes);
                    return changes;
                })
                .onItem().ifNull().failWith(() -> unknownCustomer(customerId, tenant))
                .map(customer -> applied.get());
    }

    private static Uni<Portfolio> portfolio(Mutiny.Session session, String tenant, UUID portfolioId) {
        if (portfolioId == null) {
            return Uni.createFrom().nullItem();
        }
        return PortfolioService.find(session, tenant, portfolioId).onItem().ifNull()
                .failWith(() -> new InvalidMessageException("no portfolio " + portfolioId + " in tenant " + tenant));
    }

    private static String moved(Portfolio portfolio) {
        return portfolio == null ? "customer moved out of its portfolio"
                : "customer moved to portfolio '" + portfolio.name + "' (" + portfolio.id + ")";
    }

    private static String unmoved(Portfolio portfolio) {
        return portfolio == null ? "nothing to change: the customer is in no portfolio"
                : "nothing to change: the customer is already in portfolio '" + portfolio.name + "' (" + portfolio.id + ")";
    }

    private static InvalidMessageException unknownCustomer(UUID customerId, String tenant) {
        return new InvalidMessageException("no customer " + customerId + " in tenant " + tenant);
    }

    private static ObjectNode patch(String field, JsonNode value) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set(field, value);
        return patch;
    }

    /** Stripped; a blank tag stays, for the customer's validation to reject with its reason. */
    private static List<String> tags(List<String> tags) {
        return tags == null ? List.of() : tags.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidMessageException("the command has no " + field);
        }
        return value;
    }

    private static List<String> pool(List<String> pool) {
        List<String> users = pool == null ? List.of() : pool.stream().filter(u -> u != null && !u.isBlank())
                .map(String::strip).distinct().sorted().toList();
        if (users.isEmpty()) {
            throw new InvalidMessageException("the pool of users to pick from is empty");
        }
        if (users.size() > MAX_POOL) {
            throw new InvalidMessageException("the pool has " + users.size() + " users, at most " + MAX_POOL);
        }
        return users;
    }
}
