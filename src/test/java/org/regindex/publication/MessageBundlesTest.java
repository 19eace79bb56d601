package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of the pages: every language has every key and no other, with the same placeholders; the files
 * are UTF-8 as written (no escapes), name each key once; every key a page asks for exists; and the signed-in pages,
 * the shell and its tags and includes write no text of their own.
 */
class MessageBundlesTest {

    static final Path FOLDER = Path.of("src/main/resources/org/regindex/i18n");
    static final Path DEFAULT = FOLDER.resolve("messages.properties");
    /** The translations; messages_en.properties holds no text (English is the default bundle). */
    static final List<String> TRANSLATIONS = List.of("es", "de", "fr", "nl", "it", "pt", "sv");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\w+)\\s*(?:,[^}]*)?}");
    /** A key a page names as it is; one it makes ({@code 'download.'.concat(format)}) is not checked. */
    private static final Pattern KEY_OF_A_PAGE =
            Pattern.compile("msg\\['([^']+)']|language\\.(?:format|text|message)\\('([^']+)'(?!\\.concat)");

    @Test
    void everyLanguageHasExactlyTheKeysOfTheDefaultBundle() throws IOException {
        Set<String> english = load(DEFAULT).stringPropertyNames();
        for (String language : TRANSLATIONS) {
            Set<String> translated = load(bundle(language)).stringPropertyNames();
            assertEquals(Set.of(), difference(english, translated), "keys missing in messages_" + language);
            assertEquals(Set.of(), difference(translated, english), "keys only in messages_" + language);
        }
        assertEquals(
                Set.of(),
                load(bundle("en")).stringPropertyNames(),
                "messages_en.properties only stops the fallback to the server's locale");
    }

    @Test
    void aKeyHasTheSamePlaceholdersInEveryLanguage() throws IOException {
        Properties english = load(DEFAULT);
        for (String language : TRANSLATIONS) {
            Properties translated = load(bundle(language));
            for (String key : english.stringPropertyNames()) {
                if (translated.containsKey(key)) {
                    assertEquals(
                            placeholders(english.getProperty(key)),
                            placeholders(translated.getProperty(key)),
                            "placeholders of " + key + " in messages_" + language);
                }
            }
        }
    }

    @Test
    void aTextWithPlaceholdersDoublesItsApostrophesAndNoTextIsEmpty() throws IOException {
        for (Path file : allBundles()) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.isBlank(), key + " has a text in " + file.getFileName());
                if (!placeholders(text).isEmpty()) {
                    assertFalse(
                            text.replace("''", "").contains("'"),
                            key + " in " + file.getFileName()
                                    + " is a MessageFormat pattern: write '' for an apostrophe");
                }
            }
        }
    }

    /** Every text goes through ICU's MessageFormat (PageTexts.format); a count's plural always has its "other" form. */
    @Test
    void everyTextIsAPatternIcuReadsAndEveryPluralHasItsOtherForm() throws IOException {
        for (Path file : allBundles()) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                try {
                    new com.ibm.icu.text.MessageFormat(text, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(key + " in " + file.getFileName() + " is not a MessageFormat pattern", e);
                }
                if (text.contains(", plural,")) {
                    assertTrue(text.contains("other {"), key + " in " + file.getFileName() + " has no \"other\" form");
                }
            }
        }
    }

    @Test
    void theFilesAreUtf8WithoutEscapesAndNameEachKeyOnce() throws IOException {
        for (Path file : allBundles()) {
            byte[] bytes = Files.readAllBytes(file);
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not UTF-8", e);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains("\\u"), file + " writes its characters as they are, not as \\u escapes");
            Set<String> seen = new HashSet<>();
            for (String line : text.split("\n", -1)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                assertTrue(seen.add(key), key + " is named twice in " + file.getFileName());
            }
        }
    }

    @Test
    void everyKeyAPageAsksForIsInTheDefaultBundle() throws IOException {
        Set<String> english = load(DEFAULT).stringPropertyNames();
        Map<String, String> unknown = new TreeMap<>();
        for (Path page : PageTexts.pages(Path.of("src/main/webapp"))) {
            Matcher key = KEY_OF_A_PAGE.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (key.find()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2);
                if (!english.contains(name)) {
                    unknown.put(name, page.toString());
                }
            }
        }
        assertEquals(Map.of(), unknown, "keys the pages use that messages.properties lacks");
    }

    /** The signed-in pages and the shell, tags and includes they are made of. */
    @Test
    void noSignedInPageTagOrIncludeWritesItsOwnText() throws Exception {
        Map<String, List<String>> literals = new TreeMap<>();
        for (String folder : List.of("app", "WEB-INF/templates", "WEB-INF/tags", "WEB-INF/includes")) {
            for (Path page : PageTexts.pages(Path.of("src/main/webapp", folder))) {
                List<String> found = PageTexts.literals(page);
                if (!found.isEmpty()) {
                    literals.put(page.toString(), found);
                }
            }
        }
        assertEquals(Map.of(), literals, "texts written into pages instead of taken from the bundle (#{msg['key']})");
    }

    /** Keycloak's sign-in pages offer the languages of the pages, English first by default. */
    @Test
    void theRealmOffersTheLanguagesOfThePages() throws IOException {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(
                Files.newBufferedReader(Path.of("keycloak-realm/regindex-realm.json")))) {
            jakarta.json.JsonObject realm = reader.readObject();
            assertTrue(realm.getBoolean("internationalizationEnabled"), "internationalizationEnabled");
            assertEquals("en", realm.getString("defaultLocale"));
            Set<String> offered = new TreeSet<>();
            realm.getJsonArray("supportedLocales").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString)
                    .forEach(offered::add);
            Set<String> pages = new TreeSet<>(TRANSLATIONS);
            pages.add("en");
            assertEquals(pages, offered, "the realm's supportedLocales");
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    private static Set<String> difference(Set<String> some, Set<String> others) {
        Set<String> left = new TreeSet<>(some);
        left.removeAll(others);
        return left;
    }

    private static Path bundle(String language) {
        return FOLDER.resolve("messages_" + language + ".properties");
    }

    private static List<Path> allBundles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(FOLDER)) {
            listed.filter(p -> p.getFileName().toString().endsWith(".properties"))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    static Properties load(Path file) throws IOException {
        Properties texts = new Properties();
        texts.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return texts;
    }
}
