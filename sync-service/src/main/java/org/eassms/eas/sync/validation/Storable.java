package org.eassms.eas.sync.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Text PostgreSQL can store: {@link Text#storable}. Null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Storable.Check.class)
public @interface Storable {
    String message() default "no NUL characters and no broken UTF-16 surrogate pairs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether control characters (line breaks, tabs) are refused too: {@link Text#singleLine}. */
    boolean singleLine() default false;

    /** The check itself. */
    class Check implements ConstraintValidator<Storable, String> {
        private boolean singleLine;

        @Override
        public void initialize(Storable constraint) {
            singleLine = constraint.singleLine();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || (singleLine ? Text.singleLine(text) : Text.storable(text));
        }
    }
}
