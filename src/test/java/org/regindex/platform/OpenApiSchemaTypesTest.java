package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every schema with {@code x-java-type} has exactly the properties JSON-B writes for that record, each of a compatible
 * type, and an enum schema has the enum's constants; the JSON bodies of the resource methods are those schemas.
 */
class OpenApiSchemaTypesTest {

    private final OpenAPI api =
            OpenApiDocumentTest.parse(OpenApiDocumentTest.yaml(), false).getOpenAPI();
    private final DocumentedTypes types = new DocumentedTypes(api);

    @Test
    void everySchemaMatchesItsJavaType() {
        List<String> faults = new ArrayList<>();
        types.javaTypedSchemas().forEach((name, schema) -> faults.addAll(types.faults(name, schema)));
        assertTrue(
                types.javaTypedSchemas().size() > 60,
                "schemas with x-java-type: " + types.javaTypedSchemas().size());
        assertEquals(List.of(), faults);
    }

    @Test
    void theComparisonNoticesAMissingProperty() {
        Schema<?> region = api.getComponents().getSchemas().get("Region");
        Object country = region.getProperties().remove("country");
        try {
            assertTrue(types.faults("Region", region).stream().anyMatch(f -> f.contains("country")));
        } finally {
            region.getProperties().put("country", (Schema<?>) country);
        }
        assertEquals(List.of(), types.faults("Region", region));
    }

    @Test
    void theJsonBodiesOfTheResourcesAreTheDocumentedSchemas() {
        List<String> faults = new ArrayList<>();
        Map<String, Operation> operations = new java.util.HashMap<>();
        OpenApiDocumentTest.operations(api).forEach(d -> operations.put(d.key(), d.operation()));
        for (JaxRsEndpoints.Endpoint endpoint : JaxRsEndpoints.all()) {
            Operation op = operations.get(endpoint.key());
            if (op == null) {
                continue; // OpenApiDocumentTest reports it
            }
            Method method = endpoint.javaMethod();
            if (method.getReturnType() != Response.class && method.getReturnType() != void.class) {
                Optional<Schema<?>> answered = op.getResponses().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("2"))
                        .map(e -> json(e.getValue().getContent()))
                        .flatMap(Optional::stream)
                        .findFirst();
                if (answered.isEmpty()) {
                    faults.add(endpoint.key() + " answers JSON without a documented schema");
                } else {
                    types.compatible(endpoint.key() + " answer", method.getGenericReturnType(), answered.get())
                            .ifPresent(faults::add);
                }
            }
            Optional<Type> body = bodyType(method);
            if (body.isPresent()) {
                Optional<Schema<?>> sent = op.getRequestBody() == null
                        ? Optional.empty()
                        : json(op.getRequestBody().getContent());
                if (sent.isEmpty()) {
                    faults.add(endpoint.key() + " reads a JSON body without a documented schema");
                } else {
                    types.compatible(endpoint.key() + " body", body.get(), sent.get())
                            .ifPresent(faults::add);
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    private static Optional<Schema<?>> json(Map<String, MediaType> content) {
        if (content == null || !content.containsKey("application/json")) {
            return Optional.empty();
        }
        return Optional.ofNullable(content.get("application/json").getSchema());
    }

    /** The entity parameter: the one without a JAX-RS annotation, unless it is a stream (a file upload). */
    private static Optional<Type> bodyType(Method method) {
        for (int i = 0; i < method.getParameterCount(); i++) {
            boolean annotated = method.getParameterAnnotations()[i].length > 0;
            Class<?> type = method.getParameterTypes()[i];
            if (!annotated && type != InputStream.class) {
                return Optional.of(method.getGenericParameterTypes()[i]);
            }
        }
        return Optional.empty();
    }
}
