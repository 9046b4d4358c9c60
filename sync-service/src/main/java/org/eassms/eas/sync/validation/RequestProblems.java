package org.eassms.eas.sync.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;

/**
 * What is wrong with a JSON request body, as the {@code "errors"} list of a 400: its Bean
 * Validation constraints' messages, each once, in a stable order. The resources call it after the
 * caller is authenticated, so nobody learns an endpoint's rules without an account.
 */
public final class RequestProblems {
    private RequestProblems() {}

    /** Empty when the body is valid. */
    public static List<String> of(Validator validator, Object body) {
        if (body == null) {
            return List.of("a JSON body is required");
        }
        return validator.validate(body).stream()
                .map(ConstraintViolation::getMessage)
                .distinct()
                .sorted()
                .toList();
    }
}
