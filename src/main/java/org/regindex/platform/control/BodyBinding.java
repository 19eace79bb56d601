package org.regindex.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A well-formed JSON body that JSON-B could not bind to the request's type (text where a number belongs,
 * a list where an object belongs, an unknown enum constant): the sentence for the caller, naming the
 * field when the binder's messages name it.
 */
public final class BodyBinding {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    private BodyBinding() {}

    /** Empty when the failure is not a binding failure of a request body. */
    public static Optional<String> refusal(Throwable failure) {
        if (!isBindingFailure(failure)) {
            return Optional.empty();
        }
        List<String> path = fieldPath(failure);
        String where = path.isEmpty() ? "The body" : "The field \"" + String.join(".", path) + "\"";
        return Optional.of(where + " does not have the type this request takes (text where a number or"
                + " true/false belongs, a list where an object belongs, a value not among the allowed ones);"
                + " nothing was stored.");
    }

    private static boolean isBindingFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String type = cause.getClass().getName();
            if (type.equals("jakarta.json.bind.JsonbException")
                    || type.equals("jakarta.json.JsonException")
                    || String.valueOf(cause.getMessage()).contains("deserializ")) {
                return true;
            }
        }
        return false;
    }

    /** The properties the binder was inside, outermost first, each named once. */
    static List<String> fieldPath(Throwable failure) {
        List<String> path = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            while (property.find()) {
                if (!path.contains(property.group(1))) {
                    path.add(property.group(1));
                }
            }
        }
        return path;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
