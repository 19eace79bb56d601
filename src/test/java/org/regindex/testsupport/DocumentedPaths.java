package org.regindex.testsupport;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the OpenAPI document's path templates into requests a test can send, as the right person. */
public final class DocumentedPaths {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z0-9]+)}");

    private DocumentedPaths() {}

    /**
     * The path with its parameters filled in by name, relative to the application (the document's paths start
     * there); {version} is a release's under /releases ({@code values.get("release")}), else a codebook's (1).
     */
    public static String fill(String template, Map<String, String> values) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = name.equals("version")
                    ? (template.startsWith("/api/v1/releases") ? values.get("release") : "1")
                    : values.getOrDefault(name, "x");
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.substring(1);
    }

    /** A token of the person who may call the operation: reviewer1 for comments, expert1 for answers, else the coordinator. */
    public static String tokenFor(String path) {
        if (path.contains("/comments")) {
            return Keycloak.accessToken("reviewer1");
        }
        if ((path.contains("/questionnaires/") && !path.endsWith("/audit")) || path.contains("/me/")) {
            return Keycloak.accessToken("expert1");
        }
        return Keycloak.accessToken("coordinator");
    }
}
