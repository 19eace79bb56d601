package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.TestDatabase;

/** Boundary imports over the API: all or nothing, each refusal a sentence per feature, replacements audited. */
@ExtendWith(ArquillianExtension.class)
class BoundaryApiIT {

    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[14,46],[15,46],[15,47],[14,47],[14,46]]]}";

    @ArquillianResource
    URL base;

    private Api api;
    private String coordinator;
    private String region;

    @BeforeEach
    void aRegion() {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
        region = "SI"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36, 36 * 36 * 36), 36)
                        .toUpperCase();
        Api.Reply added = api.postJson(
                "api/v1/regions",
                coordinator,
                "{\"code\":\"" + region + "\",\"name\":\"Map test\",\"country\":\"SI\"}");
        assertEquals(201, added.status(), added.body());
    }

    private static String feature(String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":" + geometry + "}";
    }

    private Api.Reply upload(String attribution, String... features) {
        return api.postBytes(
                "api/v1/regions/boundaries?fileName=test.geojson"
                        + (attribution == null ? "" : "&attribution=" + attribution),
                coordinator,
                ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private String stored() {
        return api.get("api/v1/regions/boundaries", coordinator).body();
    }

    @Test
    void aBrokenFileStoresNothingAndNamesEachBrokenFeature() {
        String before = stored();
        Api.Reply refused = upload(
                "Test",
                feature(region, SQUARE),
                feature("ZZ999", SQUARE),
                feature(region, "{\"type\":\"LineString\",\"coordinates\":[[14,46],[15,47]]}"));
        assertEquals(400, refused.status(), refused.body());
        List<JsonObject> errors =
                refused.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(2, errors.size(), refused.body());
        assertTrue(errors.get(0).toString().contains("there is no region ZZ999"), errors.toString());
        assertTrue(errors.get(1).toString().contains("LineString is not a region"), errors.toString());
        assertEquals(before, stored(), "nothing stored, not even the good feature");

        Api.Reply broken = api.postBytes(
                "api/v1/regions/boundaries?attribution=Test",
                coordinator,
                "{\"type\":".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, broken.status());
        assertTrue(broken.body().contains("not valid JSON"), broken.body());
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        Api.Reply tooBig =
                api.postBytes("api/v1/regions/boundaries?attribution=Test&fileName=big.geojson", coordinator, huge);
        assertEquals(400, tooBig.status());
        assertTrue(tooBig.body().contains("larger than 10 MB"), tooBig.body());
        Api.Reply unattributed = upload(null, feature(region, SQUARE));
        assertEquals(400, unattributed.status());
        assertTrue(unattributed.body().contains("attribution"), unattributed.body());
        assertEquals(before, stored());
    }

    @Test
    void anImportReplacesTheRegionsItNamesAndIsAudited() {
        Api.Reply first = upload("First+source", feature(region, SQUARE));
        assertEquals(200, first.status(), first.body());
        assertEquals(5, first.json().asJsonObject().getJsonObject("points").getInt(region));
        assertTrue(stored().contains("\"code\":\"" + region + "\",\"attribution\":\"First source\""), stored());

        String twoParts = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[14,46],[15,46],[15,47],[14,46]]],"
                + "[[[16,46],[17,46],[17,47],[16,46]]]]}";
        Api.Reply second = upload("Second+source", feature(region, twoParts));
        assertEquals(200, second.status(), second.body());
        String now = stored();
        assertTrue(now.contains("\"code\":\"" + region + "\",\"attribution\":\"Second source\""), now);
        assertTrue(now.contains("[17,47]") && now.contains("[16,46]"), "the second outline");

        String audit = TestDatabase.text(
                "select concat(actor, ' ', before_value, ' ', after_value) from audit_event"
                        + " where action = 'BOUNDARIES_IMPORTED' and after_value like ? order by id desc limit 1",
                "%\"" + region + "\":8%");
        assertTrue(audit.startsWith("coordinator {\"points\":{\"" + region + "\":5}}"), audit);
    }
}
