package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the build runs, so this reads docker-compose.yml and checks it against
 * what the code uses: configuration keys, the realm file, the client secret, ports and versions.
 */
class DockerComposeTest {

    private static Map<String, Object> services;
    private static Object composeVolumes;
    private static JsonObject realm;
    private static Properties configDefaults;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader compose = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> file = new Yaml().load(compose);
            services = (Map<String, Object>) file.get("services");
            composeVolumes = file.get("volumes");
        }
        try (Reader json = Files.newBufferedReader(Path.of("keycloak-realm/regindex-realm.json"))) {
            realm = Json.createReader(json).readObject();
        }
        configDefaults = new Properties();
        try (InputStream in =
                Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            configDefaults.load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String name) {
        return (Map<String, String>) service(name).get("environment");
    }

    @Test
    void composeHasTheDatabaseKeycloakAndTheApp() {
        assertEquals(Set.of("db", "keycloak", "app", "proxy"), services.keySet());
        assertTrue(String.valueOf(service("db").get("image")).startsWith("mariadb:"));
        assertEquals(".", service("app").get("build"));
    }

    @Test
    void theProxyRunsTheShippedNginxConfigurationInFrontOfTheAppService() throws IOException {
        String volumes = String.valueOf(service("proxy").get("volumes"));
        assertTrue(volumes.contains("./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro"), volumes);
        assertTrue(volumes.contains("./deploy/nginx/regindex-proxy.conf:/etc/nginx/regindex-proxy.conf:ro"), volumes);
        String nginx = Files.readString(Path.of("deploy/nginx/nginx.conf"));
        assertTrue(nginx.contains("server app:8080 "), "the upstream is the app service");
        assertTrue(nginx.contains("include /etc/nginx/regindex-proxy.conf;"));
        assertTrue(nginx.contains("keys_zone=regindex:"), "the zone the shared file names");
    }

    @Test
    void everyAppSettingIsAConfigurationKeyTheCodeReads() {
        for (String variable : environment("app").keySet()) {
            String key = variable.toLowerCase().replace('_', '.');
            assertTrue(configDefaults.containsKey(key), variable + " maps to " + key + ", which the app does not read");
        }
    }

    @Test
    void theAppMigratesAsTheSchemasOwnerAndWorksWithAnAccountThatChangesRowsOnly() throws IOException {
        Map<String, String> app = environment("app");
        Map<String, String> db = environment("db");
        assertEquals("jdbc:mariadb://db:3306/" + db.get("MARIADB_DATABASE"), app.get("DB_URL"));
        assertEquals(db.get("MARIADB_USER"), app.get("DB_OWNER_USER"));
        assertEquals(db.get("MARIADB_PASSWORD"), app.get("DB_OWNER_PASSWORD"));
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) service("db").get("volumes");
        String script = volumes.stream()
                .filter(v -> v.contains("/docker-entrypoint-initdb.d/"))
                .findFirst()
                .orElseThrow();
        String accounts = Files.readString(Path.of(script.substring(0, script.indexOf(':'))));
        String account = "'" + app.get("DB_USER") + "'@'%'";
        assertTrue(accounts.contains(
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + app.get("DB_PASSWORD") + "';"));
        assertTrue(accounts.contains(
                "GRANT SELECT, INSERT, UPDATE, DELETE ON " + db.get("MARIADB_DATABASE") + ".* TO " + account + ";"));
    }

    @Test
    void theDatabaseKeepsItsDataInANamedVolume() {
        @SuppressWarnings("unchecked")
        Map<String, Object> named = (Map<String, Object>) composeVolumes;
        @SuppressWarnings("unchecked")
        List<String> db = (List<String>) service("db").get("volumes");
        assertTrue(db.contains("db-data:/var/lib/mysql"), db.toString());
        assertTrue(named.containsKey("db-data"), named.toString());
    }

    @Test
    void keycloakImportsTheProjectRealmAndTheAppUsesItsClient() {
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) service("keycloak").get("volumes");
        assertTrue(volumes.contains(
                "./keycloak-realm/regindex-realm.json:/opt/keycloak/data/import/regindex-realm.json:ro"));
        assertTrue(String.valueOf(service("keycloak").get("command")).contains("--import-realm"));

        Map<String, String> app = environment("app");
        String realmName = realm.getString("realm");
        assertEquals("http://keycloak:8180/realms/" + realmName, app.get("OIDC_PROVIDER_URI"));
        assertEquals("http://localhost:8180/realms/" + realmName, app.get("MP_JWT_VERIFY_ISSUER"));
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals(app.get("OIDC_CLIENT_ID")))
                .findFirst()
                .orElseThrow();
        assertEquals(client.getString("secret"), app.get("OIDC_CLIENT_SECRET"));
    }

    @Test
    void portsMatchTheRunCommandDefaults() {
        assertEquals(List.of("8080:80"), service("proxy").get("ports"), "browsers reach the app through the proxy");
        assertEquals(null, service("app").get("ports"));
        assertEquals(List.of("8180:8180"), service("keycloak").get("ports"));
        assertTrue(configDefaults.getProperty("oidc.provider.uri").startsWith("http://localhost:8180/"));
    }

    @Test
    void imagesUseTheVersionsThePomBuildsAndTestsWith() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertTrue(dockerfile.contains("FROM payara/micro:" + pomProperty(pom, "payara.version") + "-jdk17"));
        assertEquals(
                "quay.io/keycloak/keycloak:" + pomProperty(pom, "keycloak.version"),
                service("keycloak").get("image"));
    }

    @Test
    void scaledInstancesFindEachOtherAndTheProxyKeepsASessionOnOne() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertTrue(dockerfile.contains("\"dns:app:6900\""), "instances find each other by the service's DNS name");
        assertFalse(dockerfile.contains("--nocluster"));
        String proxy = Files.readString(Path.of("deploy/nginx/nginx.conf"));
        assertTrue(proxy.contains("hash $regindex_affinity consistent;"), "a session sticks to one instance");
        assertTrue(Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml")).contains("<distributable/>"));
    }

    private static String pomProperty(String pom, String name) {
        Matcher matcher =
                Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertTrue(matcher.find(), name + " is not a pom property");
        return matcher.group(1);
    }
}
