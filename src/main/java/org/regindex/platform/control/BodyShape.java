package org.regindex.platform.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.regindex.platform.entity.InvalidBody;

/**
 * Checks a JSON body against the Java type it is bound to, strictly: JSON-B alone would take "yes" for
 * false, 1.5 for 1 and a number for text. Text must be a JSON string, true/false a JSON boolean, whole
 * numbers integral and in range, enum values among the constants, lists arrays and records objects. Fields
 * the type does not have are left to the binding (ignored), types it does not know too.
 */
public final class BodyShape {

    private static final Set<Class<?>> WHOLE =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class);
    private static final Set<Class<?>> DECIMAL =
            Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

    private BodyShape() {}

    public static void check(JsonValue body, Type type) {
        check(body, type, "");
    }

    private static void check(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw refusal(path, "must be " + expected(raw) + ", not null");
            }
            return;
        }
        if (raw == String.class) {
            require(value, JsonValue.ValueType.STRING, raw, path);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw refusal(path, "must be true or false, not " + described(value));
            }
        } else if (WHOLE.contains(raw)) {
            wholeNumber(value, raw, path);
        } else if (DECIMAL.contains(raw)) {
            require(value, JsonValue.ValueType.NUMBER, raw, path);
        } else if (raw.isEnum()) {
            enumConstant(value, raw, path);
        } else if (Collection.class.isAssignableFrom(raw)) {
            require(value, JsonValue.ValueType.ARRAY, raw, path);
            Type element = typeArgument(type, 0);
            for (int i = 0; i < value.asJsonArray().size(); i++) {
                check(value.asJsonArray().get(i), element, path + "[" + i + "]");
            }
        } else if (raw.isRecord()) {
            require(value, JsonValue.ValueType.OBJECT, raw, path);
            fields(value.asJsonObject(), raw, path);
        } else if (Map.class.isAssignableFrom(raw)) {
            require(value, JsonValue.ValueType.OBJECT, raw, path);
        }
    }

    private static void fields(JsonObject object, Class<?> record, String path) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonbProperty renamed =
                    component.getAccessor().getAnnotation(JsonbProperty.class); // not on the component itself
            String name = renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
            JsonValue field = object.get(name);
            if (field != null) {
                check(field, component.getGenericType(), path.isEmpty() ? name : path + "." + name);
            }
        }
    }

    private static void wholeNumber(JsonValue value, Class<?> raw, String path) {
        require(value, JsonValue.ValueType.NUMBER, raw, path);
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        boolean isLong = raw == long.class || raw == Long.class;
        boolean isShort = raw == short.class || raw == Short.class;
        long min = isLong ? Long.MIN_VALUE : isShort ? Short.MIN_VALUE : Integer.MIN_VALUE;
        long max = isLong ? Long.MAX_VALUE : isShort ? Short.MAX_VALUE : Integer.MAX_VALUE;
        if (number.stripTrailingZeros().scale() > 0) {
            throw refusal(path, "must be a whole number, not " + value);
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw refusal(path, "is out of range (" + min + " to " + max + "): " + value);
        }
    }

    private static void enumConstant(JsonValue value, Class<?> raw, String path) {
        require(value, JsonValue.ValueType.STRING, raw, path);
        String text = ((JsonString) value).getString();
        Object[] constants = raw.getEnumConstants();
        if (Arrays.stream(constants)
                .noneMatch(constant -> ((Enum<?>) constant).name().equals(text))) {
            throw refusal(path, "must be one of " + Arrays.toString(constants) + ", not \"" + text + "\"");
        }
    }

    private static void require(JsonValue value, JsonValue.ValueType type, Class<?> raw, String path) {
        if (value.getValueType() != type) {
            throw refusal(path, "must be " + expected(raw) + ", not " + described(value));
        }
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class || raw.isEnum()) {
            return "text";
        }
        if (WHOLE.contains(raw)) {
            return "a whole number";
        }
        if (DECIMAL.contains(raw)) {
            return "a number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        return Collection.class.isAssignableFrom(raw) ? "a list" : "an object";
    }

    private static String described(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true/false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private static InvalidBody refusal(String path, String problem) {
        String where = path.isEmpty() ? "The body" : "The field \"" + path + "\"";
        return new InvalidBody(where + " " + problem + ". Nothing was stored.");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[index]
                : Object.class;
    }
}
