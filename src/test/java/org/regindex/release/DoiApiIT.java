package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Bursts;
import org.regindex.testsupport.DataCiteStandIn;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;

/**
 * A release's DOI through the API: publishing registers it with DataCite (the build's stand-in of
 * DataCite's API, told to accept this test's releases), a refused registration leaves the release published and FAILED, a coordinator records
 * a DOI by hand and retries, and the public JSON, the citation and the {@code datacite} download name it.
 */
@ExtendWith(ArquillianExtension.class)
class DoiApiIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String coordinator;
    private String version;
    private String digest;

    @BeforeEach
    void aDraftRelease() throws IOException {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
        Rounds.Round round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        Api.Reply frozen =
                api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{\"title\":\"DOI round\"}");
        assertEquals(201, frozen.status(), frozen.body());
        version = frozen.json().asJsonObject().getString("version");
        digest = frozen.json().asJsonObject().getString("digest");
    }

    private String release() {
        return "api/v1/releases/" + version;
    }

    private Api.Reply publish() {
        Api.Reply published = api.postJson(release() + "/publish", coordinator, "");
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().asJsonObject().getString("state"));
        return published;
    }

    private Api.Reply record(String doiJson) {
        return api.putJson(release() + "/doi", coordinator, doiJson);
    }

    private String download(String format) {
        return new String(api.download(release() + "/download/" + format, null), StandardCharsets.UTF_8);
    }

    /** JSON-B leaves null members out. */
    private static boolean absent(JsonObject object, String member) {
        return !object.containsKey(member) || object.isNull(member);
    }

    private long events(String action) {
        return TestDatabase.count("select count(*) from audit_event where action = ? and subject = ?", action, version);
    }

    @Test
    void publishingRegistersTheDoiWithDataCiteOnceThePublicationIsStored() {
        assertEquals(409, record("{\"doi\":\"10.5072/too-early\"}").status(), "a draft gets no DOI");

        String doi = "10.5072/regindex-" + version + "-" + digest.substring(0, 8);
        DataCiteStandIn.accept(version);
        assertEquals(doi, publish().json().asJsonObject().getString("doi"));

        List<DataCiteStandIn.Request> sent = DataCiteStandIn.receivedFor(version);
        assertEquals(1, sent.size());
        DataCiteStandIn.Request request = sent.get(0);
        assertEquals("POST", request.method());
        assertEquals("/dois", request.path());
        assertEquals("application/vnd.api+json", request.contentType());
        assertEquals(doi, request.attributes().getString("doi"));
        assertEquals("publish", request.attributes().getString("event"));
        assertTrue(request.attributes().getString("url").endsWith("/releases/" + version));
        assertTrue(request.xml().contains("<identifier identifierType=\"DOI\">" + doi + "</identifier>"));

        assertEquals(doi, api.get(release(), null).json().asJsonObject().getString("doi"));
        assertTrue(download("datacite").contains("<identifier identifierType=\"DOI\">" + doi + "</identifier>"));
        assertTrue(download("citation").contains("https://doi.org/" + doi), download("citation"));
        assertEquals(1, events("RELEASE_DOI_REGISTERED"));

        Api.Reply changed = record("{\"doi\":\"10.5072/another\"}");
        assertEquals(409, changed.status(), "a registered DOI cannot change");
        Api.Reply again = api.postJson(release() + "/doi/registration", coordinator, "");
        assertEquals(409, again.status());
        assertTrue(again.body().contains("registered already"), again.body());

        Api.Reply withdrawn = api.postJson(release() + "/withdraw", coordinator, "{\"reason\":\"Wrong scores.\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        List<DataCiteStandIn.Request> afterWithdrawal = DataCiteStandIn.receivedFor(version);
        assertEquals(2, afterWithdrawal.size(), "the withdrawal updates the DOI's metadata once");
        DataCiteStandIn.Request update = afterWithdrawal.get(1);
        assertEquals("PUT", update.method());
        assertEquals("/dois/" + doi, update.path());
        assertTrue(update.xml().contains("dateType=\"Withdrawn\""), update.xml());
        assertTrue(
                update.attributes().getString("url").endsWith("/releases/" + version), "it resolves to the tombstone");
        assertEquals(1, events("RELEASE_DOI_UPDATED"));
        assertEquals(doi, api.get(release(), null).json().asJsonObject().getString("doi"), "the DOI stays");
    }

    @Test
    void aRefusedRegistrationLeavesTheReleasePublishedAndARecordedDoiIsRegisteredOnRetry() {
        DataCiteStandIn.refuseNext(version, 422, DataCiteStandIn.errors("doi", "This DOI has already been taken"));
        JsonObject published = publish().json().asJsonObject();
        assertTrue(absent(published, "doi"), "a DOI DataCite refused is not given");
        assertEquals(1, events("RELEASE_DOI_FAILED"));
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from dataset_release where version = ? and state = 'PUBLISHED'"
                                + " and doi_state = 'FAILED' and doi_message like '%This DOI has already been taken.'",
                        version));

        Api.Reply bad = record("{\"doi\":\"not a doi\"}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(400, record("{}").status());

        String doi = "10.5072/Manual-" + version;
        Api.Reply recorded = record("{\"doi\":\"https://doi.org/" + doi + "\"}");
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals(doi, recorded.json().asJsonObject().getString("doi"));
        assertEquals("RECORDED", recorded.json().asJsonObject().getString("state"));
        assertEquals(doi, api.get(release(), null).json().asJsonObject().getString("doi"));
        assertTrue(download("datacite").contains("<identifier identifierType=\"DOI\">" + doi + "</identifier>"));
        assertEquals(1, events("RELEASE_DOI_RECORDED"));

        DataCiteStandIn.accept(version);
        Api.Reply retried = api.postJson(release() + "/doi/registration", coordinator, "");
        assertEquals(200, retried.status(), retried.body());
        JsonObject registered = retried.json().asJsonObject();
        assertEquals("REGISTERED", registered.getString("state"));
        assertEquals(doi.toLowerCase(Locale.ROOT), registered.getString("doi"), "as DataCite answered it");
        assertTrue(absent(registered, "message"));
        List<DataCiteStandIn.Request> sent = DataCiteStandIn.receivedFor(version);
        assertEquals(2, sent.size());
        assertEquals("PUT", sent.get(1).method(), "a recorded DOI is put at its address");
        assertEquals("/dois/" + doi, sent.get(1).path());
        assertEquals(1, events("RELEASE_DOI_REGISTERED"));
    }

    @Test
    void registrationsAndWithdrawalsSentAtOnceReachDataCiteOnce() {
        publish(); // the stand-in refuses what it was not told to accept: the registration failed
        assertEquals(1, events("RELEASE_DOI_FAILED"));
        DataCiteStandIn.accept(version);

        List<Api.Reply> registrations =
                Bursts.identical(8, () -> api.postJson(release() + "/doi/registration", coordinator, ""));
        assertEquals(1, Bursts.count(registrations, 200), Bursts.statuses(registrations));
        assertEquals(7, Bursts.count(registrations, 409), Bursts.statuses(registrations));
        registrations.stream()
                .filter(reply -> reply.status() == 409)
                .forEach(reply -> assertTrue(
                        reply.body().contains("registered already")
                                || reply.body().contains("is being registered with DataCite at this moment"),
                        reply.body()));
        assertEquals(2, DataCiteStandIn.receivedFor(version).size(), "the publication's attempt and one retry");
        assertEquals(1, events("RELEASE_DOI_REGISTERED"));

        List<Api.Reply> withdrawals = Bursts.identical(
                8, () -> api.postJson(release() + "/withdraw", coordinator, "{\"reason\":\"Wrong scores.\"}"));
        assertEquals(8, Bursts.count(withdrawals, 200), Bursts.statuses(withdrawals));
        assertEquals(1, events("RELEASE_WITHDRAWN"));
        assertEquals(3, DataCiteStandIn.receivedFor(version).size(), "one update of the DOI's metadata");
        assertEquals(1, events("RELEASE_DOI_UPDATED"));
    }
}
