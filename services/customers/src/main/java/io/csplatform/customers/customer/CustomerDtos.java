package io.csplatform.customers.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/customers}. */
public final class CustomerDtos {

    private CustomerDtos() {
    }

    public record CreateCustomer(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String externalId,
            @Pattern(regexp = "active|onboarding|churned|inactive") String status,
            @Valid NewContact mainContact) {
    }

    public record NewContact(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email) {
    }

    public record ContactView(UUID id, String name, String email, boolean main) {
        static ContactView of(Contact contact) {
            return new ContactView(contact.id, contact.name, contact.email, contact.main);
        }
    }

    public record CustomerView(UUID id, String name, String externalId, String status, Instant createdAt,
                               ContactView mainContact) {
        static CustomerView of(Customer customer, Contact main) {
            return new CustomerView(customer.id, customer.name, customer.externalId, customer.status,
                    customer.createdAt, main == null ? null : ContactView.of(main));
        }
    }
}
