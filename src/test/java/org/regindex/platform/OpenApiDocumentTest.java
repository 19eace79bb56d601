package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document ({@code META-INF/openapi.yaml}) is valid for two independent readers, names every
 * endpoint of the code and nothing else, and says for each operation what a client generator needs: a unique id,
 * security, success and problem answers. {@link OpenApiSchemaTypesTest} holds its schemas to the Java records.
 */
class OpenApiDocumentTest {

    static final String DOCUMENT = "/META-INF/openapi.yaml";
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");

    static String yaml() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as swagger-parser reads it; {@code inline} resolves every reference in place. */
    static SwaggerParseResult parse(String yaml, boolean inline) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(inline);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    @Test
    void swaggerParserReadsTheDocumentWithoutAMessage() {
        SwaggerParseResult result = parse(yaml(), false);
        assertEquals(List.of(), result.getMessages(), "swagger-parser's messages");
        assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
    }

    @Test
    void theOfficialOpenApi30SchemaFindsNoError() throws IOException {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/openapi-3.0/schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in);
        }
        List<Error> errors = schema.validate(yaml(), InputFormat.YAML);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void theSchemaCheckCatchesABrokenDocument() throws IOException {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/openapi-3.0/schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in);
        }
        String broken =
                yaml().replaceFirst("(?m)^      operationId: listReleases$", "      operationIdd: listReleases");
        assertTrue(!schema.validate(broken, InputFormat.YAML).isEmpty());
        assertTrue(!parse(broken, false).getMessages().isEmpty());
    }

    @Test
    void everyEndpointOfTheCodeIsDocumentedAndNothingElse() {
        Set<String> inCode = JaxRsEndpoints.all().stream()
                .map(JaxRsEndpoints.Endpoint::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        operations(parse(yaml(), false).getOpenAPI()).forEach(op -> documented.add(op.key()));
        assertEquals(68, inCode.size(), "the resources' operations: " + inCode);
        Set<String> undocumented = new TreeSet<>(inCode);
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(inCode);
        assertEquals(Set.of(), undocumented, "endpoints missing from " + DOCUMENT);
        assertEquals(Set.of(), unknown, "documented operations that the code does not have");
    }

    @Test
    void everyOperationSaysWhatAClientNeeds() {
        assertEquals(List.of(), operationFaults(parse(yaml(), true).getOpenAPI()));
    }

    @Test
    void theOperationChecksNoticeAMissingBodyAnswerAndAMissingLinkHeader() {
        String withoutTooLarge = yaml().replaceFirst(
                        "(?s)(operationId: withdrawRelease.*?)        '413': \\{ \\$ref: '#/components/responses/ContentTooLarge' }\n",
                        "$1");
        assertTrue(operationFaults(parse(withoutTooLarge, true).getOpenAPI()).stream()
                .anyMatch(fault -> fault.contains("withdrawRelease") && fault.contains("413")));
        String withoutLink = yaml().replaceFirst(
                        "(?s)(operationId: listRegions.*?)            Link: \\{ \\$ref: '#/components/headers/Link' }\n",
                        "$1");
        assertTrue(operationFaults(parse(withoutLink, true).getOpenAPI()).stream()
                .anyMatch(fault -> fault.contains("listRegions") && fault.contains("Link")));
    }

    static List<String> operationFaults(OpenAPI api) {
        Set<String> tags = api.getTags().stream()
                .peek(tag -> assertTrue(tag.getDescription() != null, tag.getName() + " has a description"))
                .map(io.swagger.v3.oas.models.tags.Tag::getName)
                .collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        for (Documented documented : operations(api)) {
            Operation op = documented.operation();
            String where = documented.key() + " (" + op.getOperationId() + ")";
            if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
                faults.add(where + ": operationId missing or repeated");
            }
            if (op.getSummary() == null || op.getSummary().isBlank()) {
                faults.add(where + ": no summary");
            }
            if (op.getTags() == null
                    || op.getTags().size() != 1
                    || !tags.contains(op.getTags().get(0))) {
                faults.add(where + ": needs exactly one declared tag");
            }
            faults.addAll(securityFaults(where, op));
            faults.addAll(responseFaults(where, documented));
        }
        return faults;
    }

    private static List<String> securityFaults(String where, Operation op) {
        List<String> faults = new ArrayList<>();
        List<SecurityRequirement> security = op.getSecurity();
        if (security == null || security.isEmpty()) {
            faults.add(where + ": security must be explicit (with {} for open data)");
            return faults;
        }
        boolean open = security.stream().anyMatch(Map::isEmpty);
        Set<String> schemes = security.stream()
                .flatMap(requirement -> requirement.keySet().stream())
                .collect(Collectors.toSet());
        if (!schemes.equals(Set.of("bearer", "openIdConnect"))) {
            faults.add(where + ": a token is accepted by both schemes, bearer and openIdConnect: " + schemes);
        }
        Map<String, ApiResponse> responses = op.getResponses();
        if (open) {
            if (responses.containsKey("401") || responses.containsKey("403")) {
                faults.add(where + ": open data answers no 401 or 403");
            }
            return faults;
        }
        Object roles = op.getExtensions() == null ? null : op.getExtensions().get("x-roles");
        if (!(roles instanceof List<?> list)) {
            faults.add(where + ": a signed-in operation names its roles in x-roles ([] for anyone signed in)");
            return faults;
        }
        if (!responses.containsKey("401")) {
            faults.add(where + ": a signed-in operation documents 401");
        }
        if (!list.isEmpty() && !responses.containsKey("403")) {
            faults.add(where + ": an operation for some roles documents 403");
        }
        return faults;
    }

    private static List<String> responseFaults(String where, Documented documented) {
        Operation op = documented.operation();
        List<String> faults = new ArrayList<>();
        Map<String, ApiResponse> responses = op.getResponses();
        boolean success = responses.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2")
                        && (e.getKey().equals("204")
                                || (e.getValue().getContent() != null
                                        && !e.getValue().getContent().isEmpty()
                                        && e.getValue().getContent().values().stream()
                                                .allMatch(m -> m.getSchema() != null))));
        if (!success) {
            faults.add(where + ": no 2xx answer with a typed body, nor 204");
        }
        boolean hasPathParameters = !documented.pathParameters().isEmpty();
        boolean hasQuery = documented.parameters().stream().anyMatch(p -> "query".equals(p.getIn()));
        boolean hasInput = hasPathParameters || hasQuery || op.getRequestBody() != null;
        if (hasInput && !responses.containsKey("400")) {
            faults.add(where + ": takes parameters or a body but documents no 400");
        }
        if (hasPathParameters && !responses.containsKey("404")) {
            faults.add(where + ": has path parameters but documents no 404");
        }
        if (!responses.containsKey("500") || !responses.containsKey("503")) {
            faults.add(where + ": every operation may fail (500) or find the database away (503)");
        }
        boolean jsonBody = op.getRequestBody() != null
                && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().containsKey("application/json");
        if (jsonBody && !(responses.containsKey("413") && responses.containsKey("415"))) {
            faults.add(where + ": reads a JSON body but documents no 413 (too large) or 415 (another media type)");
        }
        boolean paged = documented.parameters().stream()
                .anyMatch(p -> "query".equals(p.getIn()) && "limit".equals(p.getName()));
        if (paged) {
            boolean cursor = documented.parameters().stream()
                    .anyMatch(p -> "query".equals(p.getIn()) && "cursor".equals(p.getName()));
            ApiResponse ok = responses.get("200");
            if (!cursor
                    || ok == null
                    || ok.getHeaders() == null
                    || !ok.getHeaders().containsKey("Link")) {
                faults.add(where + ": a paged list takes limit and cursor and names the next page in a Link header");
            }
        }
        Set<String> variables = new TreeSet<>();
        Matcher matcher = TEMPLATE_VARIABLE.matcher(documented.path());
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        Set<String> declared = new TreeSet<>();
        for (Parameter parameter : documented.pathParameters()) {
            declared.add(parameter.getName());
            if (!Boolean.TRUE.equals(parameter.getRequired())) {
                faults.add(where + ": path parameter " + parameter.getName() + " must be required");
            }
        }
        if (!variables.equals(declared)) {
            faults.add(where + ": path variables " + variables + " but path parameters " + declared);
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") && !"application/problem+json".equals(onlyMediaType(response))) {
                faults.add(where + ": " + status + " answers application/problem+json only");
            }
            if (status.startsWith("4")) {
                MediaType problem = response.getContent().get("application/problem+json");
                if (problem == null
                        || problem.getSchema() == null
                        || !DocumentedTypes.properties(problem.getSchema())
                                .keySet()
                                .containsAll(Set.of("type", "title", "status"))) {
                    faults.add(where + ": " + status + " has the Problem schema");
                }
            }
        });
        return faults;
    }

    private static String onlyMediaType(ApiResponse response) {
        return response.getContent() == null || response.getContent().size() != 1
                ? null
                : response.getContent().keySet().iterator().next();
    }

    /** One documented operation with its path's parameters and its own. */
    record Documented(String method, String path, PathItem item, Operation operation) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> parameters() {
            Map<String, Parameter> all = new LinkedHashMap<>();
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> all.put(p.getIn() + " " + p.getName(), p));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> all.put(p.getIn() + " " + p.getName(), p));
            }
            return List.copyOf(all.values());
        }

        List<Parameter> pathParameters() {
            return parameters().stream().filter(p -> "path".equals(p.getIn())).toList();
        }
    }

    static List<Documented> operations(OpenAPI api) {
        List<Documented> all = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, op) -> all.add(new Documented(method.name(), path, item, op))));
        return all;
    }
}
