package org.eassms.eas.sync.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eassms.eas.sync.validation.Storable;

/** The admin API's request body: {@code {"username","password","email"}}. */
public record NewUser(
        @NotNull(message = USERNAME) @Pattern(regexp = "[A-Za-z0-9._-]{1,128}", message = USERNAME)
                String username,
        @NotNull(message = PASSWORD)
                @Size(min = 8, max = 256, message = PASSWORD)
                @Storable(message = PASSWORD)
                String password,
        @NotNull(message = EMAIL)
                @Pattern(regexp = "[^@\\s]{1,64}@[^@\\s]{1,255}", message = EMAIL)
                @Storable(singleLine = true, message = EMAIL)
                String email) {

    private static final String USERNAME = "username: 1-128 letters, digits, '.', '_' or '-'";
    private static final String PASSWORD = "password: 8-256 characters";
    private static final String EMAIL = "email: an address like alice@example.org";
}
