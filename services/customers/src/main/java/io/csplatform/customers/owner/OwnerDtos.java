package io.csplatform.customers.owner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Request and response bodies of owner types and customer owners. */
public final class OwnerDtos {

    /** What the owners view shows for a type nobody holds. */
    public static final String NOT_ASSIGNED = "Não informado";

    private OwnerDtos() {
    }

    public record OwnerTypeRequest(@NotBlank @Size(max = 40) String name) {
    }

    public record OwnerTypeView(UUID id, String name, boolean isDefault) {
        static OwnerTypeView of(OwnerType type) {
            return new OwnerTypeView(type.id, type.name, type.isDefault);
        }
    }

    /** Body of {@code PUT /customers/{id}/owners/{ownerTypeId}}; a null user clears the owner. */
    public record OwnerAssignment(@Size(min = 1, max = 64) String userId) {
    }

    /** One row of a customer's owners: {@code label} is the user, or "Não informado". */
    public record OwnerView(UUID ownerTypeId, String ownerTypeName, String userId, String label) {
        static OwnerView of(UUID ownerTypeId, String ownerTypeName, String userId) {
            return new OwnerView(ownerTypeId, ownerTypeName, userId, userId == null ? NOT_ASSIGNED : userId);
        }
    }
}
