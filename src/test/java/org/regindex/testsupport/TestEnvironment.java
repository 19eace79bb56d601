package org.regindex.testsupport;

/** What the build started for the integration tests (see the failsafe configuration in pom.xml). */
public final class TestEnvironment {

    private TestEnvironment() {}

    public static String warFile() {
        return required("regindex.war");
    }

    public static String databaseUrl() {
        return required("regindex.db.url");
    }

    /** The realm as the app knows it: {@code http://localhost:<port>/realms/regindex}. */
    public static String realmUrl() {
        return required("regindex.realm.url");
    }

    public static String clientSecret() {
        return required("regindex.client.secret");
    }

    public static String screenshotFolder() {
        return System.getProperty("regindex.screenshots", "target/screenshots");
    }

    /**
     * The application's address as a browser on this machine uses it. Arquillian reports the
     * host's network address; Keycloak's client accepts redirects to localhost only.
     */
    public static String onLocalhost(java.net.URL base) {
        String url = base.toString();
        String withSlash = url.endsWith("/") ? url : url + "/";
        return withSlash.replaceFirst("^http://[^/:]+", "http://localhost");
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "System property " + key + " is not set: run the integration tests with mvn verify");
        }
        return value;
    }
}
