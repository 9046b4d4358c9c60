package org.eassms.eas.sync.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eassms.eas.sync.validation.Text;

/** The admin API's request body: {@code {"username","password","email"}}. */
public record NewUser(String username, String password, String email) {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    /** What is wrong with this request, empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add("username: 1-128 letters, digits, '.', '_' or '-'");
        }
        if (password == null
                || password.length() < 8
                || password.length() > 256
                || !Text.storable(password)) {
            problems.add("password: 8-256 characters");
        }
        if (email == null || !EMAIL.matcher(email).matches() || !Text.singleLine(email)) {
            problems.add("email: an address like alice@example.org");
        }
        return problems;
    }
}
