package org.regindex.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the schemas of an OpenAPI document with the Java types named by their {@code x-java-type}: the properties
 * JSON-B (Yasson, as Payara ships it) writes for a record, their types, and an enum's values.
 */
final class DocumentedTypes {

    private static final String JAVA_TYPE = "x-java-type";
    private static final String SCHEMAS = "#/components/schemas/";

    private final Map<String, Schema<?>> schemas;
    private final Set<String> inResponses = new HashSet<>();

    DocumentedTypes(OpenAPI api) {
        @SuppressWarnings("unchecked")
        Map<String, Schema<?>> all =
                (Map<String, Schema<?>>) (Map<String, ?>) api.getComponents().getSchemas();
        schemas = all;
        api.getPaths()
                .values()
                .forEach(item -> item.readOperations()
                        .forEach(op -> op.getResponses().values().forEach(response -> {
                            if (response.getContent() != null) {
                                response.getContent().values().stream()
                                        .map(MediaType::getSchema)
                                        .forEach(this::markAnswered);
                            }
                        })));
    }

    Map<String, Schema<?>> javaTypedSchemas() {
        Map<String, Schema<?>> typed = new TreeMap<>();
        schemas.forEach((name, schema) -> {
            if (javaType(schema) != null) {
                typed.put(name, schema);
            }
        });
        return typed;
    }

    List<String> faults(String name, Schema<?> schema) {
        List<String> faults = new ArrayList<>();
        Class<?> type;
        try {
            type = Class.forName(javaType(schema));
        } catch (ClassNotFoundException e) {
            return List.of(name + ": no Java type " + javaType(schema));
        }
        if (type.isEnum()) {
            List<String> values = enumValues(type, schema);
            if (!"string".equals(schema.getType()) || schema.getEnum() == null) {
                faults.add(name + ": an enum is a string with enum values");
            } else if (!values.equals(
                    schema.getEnum().stream().map(String::valueOf).toList())) {
                faults.add(name + ": the values are " + values + ", not " + schema.getEnum());
            }
            return faults;
        }
        if (!type.isRecord()) {
            return List.of(name + ": " + type.getName() + " is neither a record nor an enum");
        }
        Map<String, Type> properties = jsonbProperties(type);
        Map<String, Schema<?>> documented = properties(schema);
        if (!properties.keySet().equals(documented.keySet())) {
            faults.add(name + ": JSON-B writes " + properties.keySet() + ", the schema has " + documented.keySet());
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        required.stream()
                .filter(property -> !documented.containsKey(property))
                .forEach(property -> faults.add(name + ": requires " + property + ", which it does not have"));
        properties.forEach((property, javaType) -> {
            Schema<?> propertySchema = documented.get(property);
            if (propertySchema != null) {
                compatible(name + "." + property, javaType, propertySchema).ifPresent(faults::add);
            }
            boolean neverNull = javaType instanceof Class<?> c && c.isPrimitive();
            if (neverNull && inResponses.contains(name) && !required.contains(property)) {
                faults.add(name + "." + property + " is never null, so it is always there: required");
            }
        });
        return faults;
    }

    /** Whether a schema (of a body or a property) fits a Java type; the fault in words if not. */
    Optional<String> compatible(String where, Type javaType, Schema<?> schema) {
        Schema<?> target = referenced(schema);
        Class<?> raw = raw(javaType);
        if (target != null) {
            if (raw == String.class && "string".equals(target.getType())) {
                return Optional.empty(); // a String property documented by an enum schema
            }
            return raw.getName().equals(javaType(target))
                    ? Optional.empty()
                    : Optional.of(where + ": refers to " + javaType(target) + ", the Java type is " + raw.getName());
        }
        String type = schema.getType();
        String format = schema.getFormat();
        if (raw == String.class) {
            return expect(where, "string", type);
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return expect(where, "string date-time", type + " " + format);
        }
        if (raw == LocalDate.class) {
            return expect(where, "string date", type + " " + format);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return expect(
                    where, "integer" + (format == null ? "" : " int32"), type + (format == null ? "" : " " + format));
        }
        if (raw == long.class || raw == Long.class) {
            return expect(
                    where, "integer" + (format == null ? "" : " int64"), type + (format == null ? "" : " " + format));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return expect(where, "boolean", type);
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class) {
            return expect(where, "number", type);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!"array".equals(type) || schema.getItems() == null) {
                return Optional.of(where + ": a " + raw.getSimpleName() + " is an array with items");
            }
            return compatible(where + "[]", argument(javaType, 0), schema.getItems());
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!"object".equals(type) || !(schema.getAdditionalProperties() instanceof Schema<?> values)) {
                return Optional.of(where + ": a Map is an object with additionalProperties");
            }
            return compatible(where + "{}", argument(javaType, 1), values);
        }
        return Optional.of(where + ": a " + raw.getName() + " is a $ref to the schema with that x-java-type");
    }

    /**
     * The properties JSON-B writes for a record: its components, named as Yasson names them, and, as Yasson 3.0.4 does
     * for records, each other public method {@code getX()} or {@code isX()} under the method's own name.
     */
    static Map<String, Type> jsonbProperties(Class<?> record) {
        Map<String, Type> properties = new LinkedHashMap<>();
        Set<String> accessors = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            accessors.add(component.getName());
            Method accessor = component.getAccessor();
            Field field = field(record, component.getName());
            if (accessor.isAnnotationPresent(JsonbTransient.class)
                    || (field != null && field.isAnnotationPresent(JsonbTransient.class))) {
                continue;
            }
            JsonbProperty renamed = accessor.getAnnotation(JsonbProperty.class);
            if (renamed == null && field != null) {
                renamed = field.getAnnotation(JsonbProperty.class);
            }
            String name = renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
            properties.put(name, component.getGenericType());
        }
        Arrays.stream(record.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0 && !accessors.contains(m.getName()))
                .filter(m -> m.getName().matches("(get|is)[A-Z].*"))
                .filter(m -> !m.isAnnotationPresent(JsonbTransient.class))
                .forEach(m -> properties.put(m.getName(), m.getGenericReturnType()));
        return properties;
    }

    private static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static List<String> enumValues(Class<?> type, Schema<?> schema) {
        Object field = extension(schema, "x-java-enum-field");
        Object letterCase = extension(schema, "x-java-enum-case");
        Object method = extension(schema, "x-java-enum-method");
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String value = ((Enum<?>) constant).name();
            if (field != null) {
                try {
                    value = String.valueOf(type.getField(field.toString()).get(constant));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(type + " has no public field " + field, e);
                }
            } else if (method != null) {
                try {
                    value = String.valueOf(type.getMethod(method.toString()).invoke(constant));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(type + " has no public method " + method, e);
                }
            } else if ("lower".equals(letterCase)) {
                value = value.toLowerCase(Locale.ROOT);
            }
            values.add(value);
        }
        return values;
    }

    private void markAnswered(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(SCHEMAS.length());
            if (inResponses.add(name)) {
                markAnswered(schemas.get(name));
            }
            return;
        }
        properties(schema).values().forEach(this::markAnswered);
        markAnswered(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            markAnswered(values);
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(s -> markAnswered((Schema<?>) s));
        }
    }

    /** The schema a $ref (or an allOf of one $ref, which may add nullable) points to; null when it is inline. */
    private Schema<?> referenced(Schema<?> schema) {
        String ref = schema.get$ref();
        if (ref == null && schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            ref = schema.getAllOf().get(0).get$ref();
        }
        return ref == null ? null : schemas.get(ref.substring(SCHEMAS.length()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // swagger's model types its properties as raw Schema
    static Map<String, Schema<?>> properties(Schema<?> schema) {
        Map raw = schema.getProperties();
        return raw == null ? Map.of() : (Map<String, Schema<?>>) raw;
    }

    private static Optional<String> expect(String where, String expected, String actual) {
        return expected.equals(actual) ? Optional.empty() : Optional.of(where + ": " + expected + ", not " + actual);
    }

    private static String javaType(Schema<?> schema) {
        Object type = extension(schema, JAVA_TYPE);
        return type == null ? null : type.toString();
    }

    private static Object extension(Schema<?> schema, String name) {
        return schema == null || schema.getExtensions() == null
                ? null
                : schema.getExtensions().get(name);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("not a class: " + type);
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
