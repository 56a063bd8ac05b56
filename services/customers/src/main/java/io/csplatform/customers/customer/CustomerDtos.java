package io.csplatform.customers.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.customers.contact.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/customers}. */
public final class CustomerDtos {

    private CustomerDtos() {
    }

    /** A new customer; {@code status} is one of the tenant's statuses (default "active"). */
    public record CreateCustomer(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String externalId,
            @Size(max = 40) String status,
            LocalDate registrationDate,
            LocalDate startDate,
            LocalDate endDate,
            @Size(max = 100) String plan,
            List<@NotBlank @Size(max = 100) String> products,
            List<@NotBlank @Size(max = 100) String> services,
            List<@NotBlank @Size(max = 100) String> groups,
            List<@NotBlank @Size(max = 100) String> segments,
            List<@NotBlank @Size(max = 100) String> tags,
            UUID parentId,
            UUID portfolioId,
            Map<String, JsonNode> attributes,
            @Valid NewContact mainContact) {
    }

    public record NewContact(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email) {
    }

    public record ContactView(UUID id, String name, String email, boolean main) {
        static ContactView of(Contact contact) {
            return new ContactView(contact.id, contact.name, contact.email, contact.main);
        }
    }

    public record CustomerView(UUID id, String name, String externalId, String status, LocalDate registrationDate,
                               LocalDate startDate, LocalDate endDate, String plan, List<String> products,
                               List<String> services, List<String> groups, List<String> segments, List<String> tags,
                               UUID portfolioId, UUID parentId, Instant createdAt, Instant updatedAt, Instant archivedAt,
                               Map<String, JsonNode> attributes, ContactView mainContact) {
        /** The view of one customer; {@code attributes} null in lists, which do not load them. */
        static CustomerView of(Customer c, Contact main, Map<String, JsonNode> attributes) {
            return new CustomerView(c.id, c.name, c.externalId, c.status, c.registrationDate, c.startDate, c.endDate,
                    c.plan, List.of(c.products), List.of(c.services), List.of(c.groups), List.of(c.segments),
                    List.of(c.tags), c.portfolioId, c.parentId, c.createdAt, c.updatedAt, c.archivedAt, attributes,
                    main == null ? null : ContactView.of(main));
        }
    }

    /** Filters of the customer list; every one optional. */
    public record CustomerFilter(String status, String tag, UUID portfolio, String owner, String segment, String q,
                                 UUID parent) {
    }
}
