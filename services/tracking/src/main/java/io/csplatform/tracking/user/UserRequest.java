package io.csplatform.tracking.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** PUT of a user: its identity and whether it is a key user of the customer. */
public record UserRequest(@Size(max = 200) String name, @Email @Size(max = 320) String email, @NotNull Boolean keyUser) {
}
