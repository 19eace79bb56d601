package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.FormSession;
import org.regindex.testsupport.KeycloakAdmin;
import org.regindex.testsupport.TestEnvironment;

/**
 * A signed-in coordinator or expert who chooses German or Spanish reads the signed-in pages in it: headings, the
 * page shell's role, and what an action says it did (adding a region, a message of a backing bean).
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
        String chosen = text(expert.get("app/home.xhtml?lang=es").body());
        assertTrue(chosen.contains("<html lang=\"es\""), "a language chosen on the page wins");
        assertTrue(text(expert.get("app/home.xhtml").body()).contains("<html lang=\"es\""), "and is remembered");
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
