package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.FormSession;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.KeycloakAdmin;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;

/**
 * A signed-in coordinator or expert who chooses German or Spanish reads the signed-in pages in it: headings, the
 * page shell's role, and what an action says it did (adding a region, a message of a backing bean). A codebook
 * with translation columns is read in the expert's language, the original a click away, and its release's public
 * codebook page in the visitor's, saying which texts have no translation.
 */
@ExtendWith(ArquillianExtension.class)
class PageLanguagesIT {

    private static final String REGIONS = "app/coordinator/regions.xhtml";
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    @ArquillianResource
    URL base;

    /** The words on one language's pages that this test expects. */
    private record Words(
            String language,
            String addHeading,
            String allRegions,
            String coordinator,
            String added,
            String myWork,
            String yourQuestionnaires) {}

    private static final Words GERMAN = new Words(
            "de",
            "Region hinzufügen",
            "Alle Regionen",
            "Koordination",
            "Region %s %s hinzugefügt.",
            "Meine Arbeit",
            "Ihre Fragebögen");
    private static final Words SPANISH = new Words(
            "es",
            "Añadir una región",
            "Todas las regiones",
            "Coordinador",
            "Región %s %s añadida.",
            "Mi trabajo",
            "Sus cuestionarios");

    @Test
    void aGermanSpeakingCoordinatorAddsARegionInGerman() {
        coordinatorAddsARegionIn(GERMAN);
    }

    @Test
    void aSpanishSpeakingCoordinatorAddsARegionInSpanish() {
        coordinatorAddsARegionIn(SPANISH);
    }

    @Test
    void anExpertReadsTheirWorkInGermanAndInSpanish() {
        for (Words words : new Words[] {GERMAN, SPANISH}) {
            FormSession expert = FormSession.signIn(TestEnvironment.onLocalhost(base), "expert1");
            String home =
                    text(expert.get("app/home.xhtml?lang=" + words.language()).body());
            assertTrue(home.contains("<html lang=\"" + words.language() + "\""), home);
            assertTrue(home.contains(words.myWork()), words.language() + ": " + words.myWork());
            assertTrue(home.contains(words.yourQuestionnaires()), words.language() + ": " + words.yourQuestionnaires());
        }
    }

    @Test
    void aPersonWhoseAccountIsInGermanReadsGermanWithoutChoosing() {
        KeycloakAdmin.ensureUser("expert-de", "expert", "de");
        FormSession expert = FormSession.signIn(TestEnvironment.onLocalhost(base), "expert-de");
        String home = text(expert.get("app/home.xhtml").body());
        assertTrue(home.contains("<html lang=\"de\""), home);
        assertTrue(home.contains(GERMAN.myWork()), "de: " + GERMAN.myWork());
        assertTrue(
                home.contains("Ihre Seiten, E-Mails und Benachrichtigungen sind auf Deutsch."),
                "the home page says which language the account has");
        String chosen = text(expert.get("app/home.xhtml?lang=es").body());
        assertTrue(chosen.contains("<html lang=\"es\""), "a language chosen on the page wins");
        assertTrue(text(expert.get("app/home.xhtml").body()).contains("<html lang=\"es\""), "and is remembered");
    }

    /** LAB-01 is translated into German and Spanish, LAB-02 only its options and category: it stays in English. */
    static final String TRANSLATED_CODEBOOK = String.join(
            "\n",
            "indicator,question,guidance,not_applicable,Policy area [policy_area],option_1_code,option_1_label,option_1_score,"
                    + "option_2_code,option_2_label,option_2_score,question@de,guidance@de,option_1_label@de,option_2_label@de,"
                    + "Politikbereich [policy_area]@de,question@es,guidance@es,option_1_label@es,option_2_label@es,"
                    + "Ámbito político [policy_area]@es",
            "LAB-01,Is there a regional labour-market strategy for migrants?,Look at the regional plan.,no,"
                    + "Labour market [LAB],a,Yes,100,b,No,0,"
                    + "Gibt es eine regionale Arbeitsmarktstrategie für Zugewanderte?,Schauen Sie in den Regionalplan.,Ja,Nein,"
                    + "Arbeitsmarkt [LAB],¿Existe una estrategia regional de mercado laboral para migrantes?,"
                    + "Consulte el plan regional.,Sí,No,Mercado laboral [LAB]",
            "LAB-02,Are job centres open to refugees?,,yes,Labour market [LAB],a,Yes,100,b,No,0,"
                    + ",,Ja,Nein,Arbeitsmarkt [LAB],,,Sí,No,Mercado laboral",
            "");

    @Test
    void aTranslatedCodebookIsReadInTheExpertsLanguageAndItsReleaseInTheVisitors() throws IOException {
        Api api = new Api(base);
        String coordinator = Keycloak.accessToken("coordinator");
        Rounds.Round round = new Rounds(api).create("DK", "DK", TRANSLATED_CODEBOOK.getBytes(StandardCharsets.UTF_8));

        FormSession expert = FormSession.signIn(TestEnvironment.onLocalhost(base), "expert1");
        String questionnaire = text(
                expert.get("app/questionnaire.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA() + "&lang=de")
                        .body());
        assertTrue(questionnaire.contains("<html lang=\"de\""), "the page is in German");
        assertTrue(
                questionnaire.contains("</span> Gibt es eine regionale Arbeitsmarktstrategie für Zugewanderte?"),
                "the question in German");
        assertTrue(questionnaire.contains("Schauen Sie in den Regionalplan."), "the guidance in German");
        assertTrue(questionnaire.contains("a) Ja (100)"), "the option labels in German");
        String original = between(questionnaire, "<details class=\"q-original\" id=\"original-LAB-01\">", "</details>");
        assertTrue(original.contains("<summary>Original anzeigen (Englisch)</summary>"), original);
        assertTrue(original.contains("Is there a regional labour-market strategy for migrants?"), "the source text");
        assertTrue(original.contains("lang=\"en\""), "marked as English");
        assertTrue(questionnaire.contains("</span> Are job centres open to refugees?"), "untranslated: in English");
        assertTrue(
                questionnaire.contains("id=\"untranslated-LAB-02\">Einige Texte dieses Indikators sind nicht in diese "
                        + "Sprache übersetzt; sie erscheinen auf Englisch."),
                "and says so");
        assertFalse(questionnaire.contains("id=\"untranslated-LAB-01\""), "nothing missing in LAB-01");
        assertTrue(questionnaire.contains("<span>Arbeitsmarkt</span>"), "the section is named in German");
        assertTrue(questionnaire.contains(">Politikbereich</option>"), "and so is the axis it is a part of");

        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        String version = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}")
                .json()
                .asJsonObject()
                .getString("version");
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .status());
        HttpResponse<String> codebookPage = FormSession.anonymous(TestEnvironment.onLocalhost(base))
                .get("explore/codebook.xhtml?version=" + version + "&lang=es");
        assertEquals(200, codebookPage.statusCode());
        String spanish = text(codebookPage.body());
        assertTrue(
                spanish.contains("¿Existe una estrategia regional de mercado laboral para migrantes?"),
                "Spanish question");
        assertTrue(spanish.contains("Consulte el plan regional."), "Spanish guidance");
        assertTrue(spanish.contains("Mercado laboral"), "Spanish category");
        assertTrue(
                spanish.contains(
                        "id=\"translation-note\" role=\"note\">Algunos textos de este libro de códigos no están "
                                + "traducidos al español: se muestran en inglés y están señalados."),
                "the page says some texts are not translated");
        assertTrue(spanish.contains("id=\"untranslated-LAB-02\">Sin traducir, en inglés"), "LAB-02 is marked");
        assertTrue(spanish.contains("Are job centres open to refugees?"), "in English");
        assertFalse(spanish.contains("id=\"untranslated-LAB-01\""), "LAB-01 is not marked");
    }

    @Test
    void aCodebookWithAColumnOfAnUnknownLanguageIsRefusedWithASentenceAndNothingIsStored() {
        Api api = new Api(base);
        String coordinator = Keycloak.accessToken("coordinator");
        String code = "tr-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String file = TRANSLATED_CODEBOOK.replace("question@es", "question@xx");
        Api.Reply refused = api.postBytes(
                "api/v1/codebooks/" + code + "/imports?title=Unknown+language&fileName=codebook.csv",
                coordinator,
                file.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(
                refused.body()
                        .contains(
                                "The column \\\"question@xx\\\" is for the language \\\"xx\\\", which Regindex does not "
                                        + "know; translations are for en, es, de, fr, nl, it, pt, sv."),
                refused.body());
        assertEquals(404, api.get("api/v1/codebooks/" + code, coordinator).status(), "no codebook was stored");
    }

    /** Written in German, translated into English: the plain columns are German, question@en translates them. */
    static final String GERMAN_CODEBOOK = String.join(
            "\n",
            "indicator,question,guidance,not_applicable,Politikbereich [policy_area],option_1_code,option_1_label,"
                    + "option_1_score,option_2_code,option_2_label,option_2_score,question@en,option_1_label@en,"
                    + "option_2_label@en,Policy area [policy_area]@en",
            "LAB-01,Gibt es eine regionale Arbeitsmarktstrategie für Zugewanderte?,,no,Arbeitsmarkt [LAB],a,Ja,100,b,"
                    + "Nein,0,Is there a regional labour-market strategy for migrants?,Yes,No,Labour market [LAB]",
            "");

    @Test
    void aCodebookWrittenInGermanIsImportedWithItsLanguageAndAnUnknownOneIsRefused() {
        Api api = new Api(base);
        String coordinator = Keycloak.accessToken("coordinator");
        String code = "de-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        byte[] file = GERMAN_CODEBOOK.getBytes(StandardCharsets.UTF_8);

        Api.Reply refused = api.postBytes(
                "api/v1/codebooks/" + code + "/imports?title=Deutsch&fileName=codebook.csv&language=xx",
                coordinator,
                file);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(
                refused.body()
                        .contains("The codebook's language \\\"xx\\\" is not one of the languages of the pages: en, es,"
                                + " de, fr, nl, it, pt, sv."),
                refused.body());
        assertEquals(404, api.get("api/v1/codebooks/" + code, coordinator).status(), "no codebook was stored");

        Api.Reply imported = api.postBytes(
                "api/v1/codebooks/" + code + "/imports?title=Deutsch&fileName=codebook.csv&language=de",
                coordinator,
                file);
        assertEquals(201, imported.status(), imported.body());
        JsonObject codebook =
                api.get("api/v1/codebooks/" + code, coordinator).json().asJsonObject();
        assertEquals("de", codebook.getString("language"));
        assertEquals(List.of("en"), codebook.getJsonArray("translations").getValuesAs(JsonString::getString));
        JsonObject indicator = codebook.getJsonArray("indicators").getJsonObject(0);
        assertEquals(
                "Gibt es eine regionale Arbeitsmarktstrategie für Zugewanderte?",
                indicator.getString("question"),
                "the codebook's own text is the German one");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        return text.substring(from, text.indexOf(end, from));
    }

    private void coordinatorAddsARegionIn(Words words) {
        FormSession session = FormSession.signIn(TestEnvironment.onLocalhost(base), "coordinator");
        HttpResponse<String> page = session.get(REGIONS + "?lang=" + words.language());
        assertEquals(200, page.statusCode());
        String shown = text(page.body());
        assertTrue(shown.contains("<html lang=\"" + words.language() + "\""), "the page says its language");
        assertTrue(shown.contains(words.addHeading()), "heading " + words.addHeading());
        assertTrue(shown.contains(words.allRegions()), "heading " + words.allRegions());
        assertTrue(shown.contains(words.coordinator()), "the shell names the role " + words.coordinator());

        String code = "DL"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                        .toUpperCase(Locale.ROOT);
        String name = "Sprachregion " + code;
        Map<String, String> fields = FormSession.addRegionForm(page, code, name, "DE");
        String answer = text(session.post(REGIONS, fields).body());
        String added = String.format(words.added(), code, name);
        assertTrue(answer.contains(added), "the page says \"" + added + "\"");
        assertTrue(answer.contains(words.allRegions()), "the answer stays in " + words.language());
    }

    /** The page as a person reads it: numeric character references and the common entities decoded. */
    private static String text(String html) {
        Matcher entity = NUMERIC_ENTITY.matcher(html);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            int codePoint = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        entity.appendTail(decoded);
        return decoded.toString().replace("&quot;", "\"").replace("&amp;", "&");
    }
}
