package io.csplatform.customers.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.customer.Customer;
import io.csplatform.customers.customer.CustomerService;
import io.csplatform.customers.owner.CustomerOwnerService;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.payload.OwnerAssign;
import io.csplatform.events.payload.PortfolioMove;
import io.csplatform.events.payload.TagsChange;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The commands of {@code cs.customers.commands.v1}, applied in the inbox transaction through the same use cases
 * as the REST API, so they publish the same events (caused by the command). A command that can never succeed
 * (unknown customer, invalid value) is an {@link InvalidMessageException}: dead-lettered at once, not retried.
 */
@ApplicationScoped
public class CustomerCommands {

    private final CustomerService customers;
    private final CustomerOwnerService owners;

    public CustomerCommands(CustomerService customers, CustomerOwnerService owners) {
        this.customers = customers;
        this.owners = owners;
    }

    public Uni<?> changeTags(Mutiny.Session session, EventHeaders headers, TagsChange command) {
        return change(session, headers, command.customerId(), customer -> {
            Set<String> tags = new LinkedHashSet<>(List.of(customer.tags));
            tags.addAll(orEmpty(command.add()).stream().map(String::strip).toList());
            orEmpty(command.remove()).stream().map(String::strip).forEach(tags::remove);
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            tags.forEach(array::add);
            return patch("tags", array);
        });
    }

    public Uni<?> movePortfolio(Mutiny.Session session, EventHeaders headers, PortfolioMove command) {
        return change(session, headers, command.customerId(), customer -> patch("portfolioId",
                command.portfolioId() == null ? JsonNodeFactory.instance.nullNode()
                        : JsonNodeFactory.instance.textNode(command.portfolioId().toString())));
    }

    public Uni<?> assignOwner(Mutiny.Session session, EventHeaders headers, OwnerAssign command) {
        String tenant = headers.tenantId();
        Uni<String> user = switch (command.operator() == null ? "" : command.operator()) {
            case OwnerAssign.FIXED -> Uni.createFrom().item(required(command.userId()));
            case OwnerAssign.FEWEST_CUSTOMERS, OwnerAssign.LOWEST_MRR -> OwnerBalancer.pick(session, tenant,
                    command.ownerTypeId(), command.customerId(), command.operator(), pool(command.pool()));
            default -> throw new InvalidMessageException("owner.assign: unknown operator '" + command.operator() + "'");
        };
        return user.chain(userId -> owners.assign(session, headers, tenant, command.customerId(), command.ownerTypeId(), userId))
                .onItem().ifNull().failWith(() -> new InvalidMessageException("owner.assign: customer "
                        + command.customerId() + " or owner type " + command.ownerTypeId() + " unknown in tenant " + tenant));
    }

    private Uni<?> change(Mutiny.Session session, EventHeaders headers, UUID customerId,
                          Function<Customer, ObjectNode> patch) {
        return customers.change(session, headers, headers.tenantId(), customerId,
                        customer -> CustomerService.apply(customer, patch.apply(customer)))
                .onFailure(ProblemException.class)
                .transform(e -> new InvalidMessageException("command rejected: " + e.getMessage(), e))
                .onItem().ifNull().failWith(() -> new InvalidMessageException("customer " + customerId
                        + " unknown in tenant " + headers.tenantId()));
    }

    private static ObjectNode patch(String field, com.fasterxml.jackson.databind.JsonNode value) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set(field, value);
        return patch;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static String required(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidMessageException("owner.assign with operator fixed needs userId");
        }
        return userId;
    }

    private static List<String> pool(List<String> pool) {
        List<String> users = orEmpty(pool).stream().filter(u -> u != null && !u.isBlank()).distinct().sorted().toList();
        if (users.isEmpty() || users.size() > 500) {
            throw new InvalidMessageException("owner.assign needs a pool of 1 to 500 users");
        }
        return users;
    }
}
