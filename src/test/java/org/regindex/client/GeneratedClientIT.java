package org.regindex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.client.api.AssignmentsApi;
import org.regindex.client.api.CodebooksApi;
import org.regindex.client.api.CyclesApi;
import org.regindex.client.api.QuestionnairesApi;
import org.regindex.client.api.RegionsApi;
import org.regindex.client.api.ReleaseManagementApi;
import org.regindex.client.api.ReleasesApi;
import org.regindex.client.model.AnswerChange;
import org.regindex.client.model.Assignment;
import org.regindex.client.model.AssignmentRole;
import org.regindex.client.model.CodebookDetail;
import org.regindex.client.model.CodebookIndicator;
import org.regindex.client.model.CodebookOption;
import org.regindex.client.model.CodebookRef;
import org.regindex.client.model.DownloadFormat;
import org.regindex.client.model.FreezeRequest;
import org.regindex.client.model.NewCycle;
import org.regindex.client.model.QuestionnaireState;
import org.regindex.client.model.Region;
import org.regindex.client.model.Release;
import org.regindex.client.model.ReleaseState;
import org.regindex.client.model.ScoreRow;
import org.regindex.client.model.Source;
import org.regindex.client.model.Transition;
import org.regindex.client.model.TransitionRequest;
import org.regindex.testsupport.Keycloak;

/**
 * A whole round driven by the Java client that openapi-generator makes from the OpenAPI document at build
 * time (as a consortium's own tooling would): set up, answer, submit, review, approve, freeze, publish, read
 * the scores, and check the published digest against the downloaded content.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

    @ArquillianResource
    URL base;

    private ApiClient as(String person) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/+$", ""));
        String token = Keycloak.accessToken(person);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aWholeRoundRunsThroughTheGeneratedClient() throws ApiException, IOException, NoSuchAlgorithmException {
        ApiClient coordinator = as("coordinator");
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

        File reference = new File("src/main/resources/reference/reference-codebook.csv");
        String codebook = "gen-" + suffix;
        // The native generator writes a File body as its path in JSON; the file's bytes are sent instead.
        ApiClient uploader = as("coordinator");
        byte[] csv = Files.readAllBytes(reference.toPath());
        Consumer<HttpRequest.Builder> withToken = uploader.getRequestInterceptor();
        uploader.setRequestInterceptor(request -> {
            withToken.accept(request);
            request.method("POST", HttpRequest.BodyPublishers.ofByteArray(csv));
        });
        assertEquals(
                1,
                new CodebooksApi(uploader)
                        .importCodebook(codebook, reference, "Generated client", "en", "reference.csv")
                        .getVersion());
        CodebookDetail detail = new CodebooksApi(coordinator).getCodebookVersion(codebook, 1);
        assertEquals("en", detail.getLanguage());
        assertEquals(
                List.of("de", "es"), detail.getTranslations(), "the reference codebook ships in German and Spanish");

        String regionCode =
                "DK" + suffix.substring(0, Math.min(3, suffix.length())).toUpperCase(java.util.Locale.ROOT);
        Region region = new RegionsApi(coordinator)
                .addRegion(new Region()
                        .code(regionCode)
                        .name("Generated " + suffix)
                        .country("DK"));
        String cycle = "gen-" + suffix;
        new CyclesApi(coordinator)
                .createCycle(new NewCycle()
                        .code(cycle)
                        .name("Generated round " + suffix)
                        .codebook(new CodebookRef().code(codebook).version(1))
                        .deadline(LocalDate.of(2027, 6, 30))
                        .regions(List.of(region.getCode())));
        AssignmentsApi assignments = new AssignmentsApi(coordinator);
        assignments.assignPerson(
                cycle,
                new Assignment().region(region.getCode()).username("expert1").role(AssignmentRole.EXPERT));
        assignments.assignPerson(
                cycle,
                new Assignment().region(region.getCode()).username("reviewer1").role(AssignmentRole.REVIEWER));

        QuestionnairesApi expert = new QuestionnairesApi(as("expert1"));
        for (CodebookIndicator indicator : detail.getIndicators()) {
            CodebookOption best = indicator.getOptions().stream()
                    .max((one, other) -> Integer.compare(one.getScore(), other.getScore()))
                    .orElseThrow();
            expert.saveAnswer(
                    cycle,
                    region.getCode(),
                    indicator.getCode(),
                    new AnswerChange()
                            .option(best.getCode())
                            .justification("Regional integration law, article " + indicator.getCode() + ".")
                            .addSourcesItem(new Source()
                                    .citation("Regional integration law 2024")
                                    .url("https://example.org/law"))
                            .version(0));
        }
        assertEquals(
                QuestionnaireState.SUBMITTED,
                expert.applyTransition(cycle, region.getCode(), new TransitionRequest().transition(Transition.SUBMIT))
                        .getState());
        new QuestionnairesApi(as("reviewer1"))
                .applyTransition(cycle, region.getCode(), new TransitionRequest().transition(Transition.ACCEPT));
        assertEquals(
                QuestionnaireState.APPROVED,
                new QuestionnairesApi(coordinator)
                        .applyTransition(
                                cycle, region.getCode(), new TransitionRequest().transition(Transition.APPROVE))
                        .getState());

        ReleaseManagementApi management = new ReleaseManagementApi(coordinator);
        Release draft = management.freezeRelease(cycle, new FreezeRequest().title("Generated round " + suffix));
        assertEquals(ReleaseState.DRAFT, draft.getState());
        Release published = management.publishRelease(draft.getVersion());
        assertEquals(ReleaseState.PUBLISHED, published.getState());

        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(base.toString().replaceAll("/+$", ""));
        ReleasesApi open = new ReleasesApi(anonymous);
        ScoreRow row = open.getReleaseScores(published.getVersion(), "overall", null).getRegions().stream()
                .filter(candidate -> candidate.getRegion().equals(region.getCode()))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("100.00").compareTo(row.getOverall()), "every answer has the best option");
        assertEquals(detail.getIndicators().size(), row.getAnswered());

        Path canonical = open.downloadRelease(published.getVersion(), DownloadFormat.CANONICAL, null)
                .toPath();
        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(canonical)));
        assertEquals(open.getRelease(published.getVersion(), null).getDigest(), digest);
        assertTrue(Files.deleteIfExists(canonical));
    }
}
