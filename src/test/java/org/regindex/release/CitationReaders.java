package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Citations read back the way tools read them, each expected to hold exactly one work. */
final class CitationReaders {

    /** The Citation File Format 1.2.0 schema, from test resources (no network). */
    static final Schema CFF_SCHEMA = cffSchema();

    private CitationReaders() {}

    @SuppressWarnings("unchecked")
    static CSLItemData csl(String json) throws IOException {
        List<Object> items = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
        assertEquals(1, items.size());
        return CSLItemData.fromJson((Map<String, Object>) items.get(0));
    }

    static String apa(CSLItemData item) throws IOException {
        return CSL.makeAdhocBibliography("apa", "text", item).makeString().strip();
    }

    static BibTeXEntry bibtex(String text) throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(text));
        assertEquals(1, database.getEntries().size(), text);
        return database.getEntries().values().iterator().next();
    }

    static String field(BibTeXEntry entry, String name) {
        Value value = entry.getField(new Key(name));
        assertNotNull(value, name);
        return value.toUserString();
    }

    /** LaTeX as the text a reader shows: commands and escapes resolved, grouping braces dropped. */
    static String plain(String latex) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }

    static RISReference ris(String text) throws IOException {
        List<RISReference> references =
                new RISParser().parse(new StringReader(text)).getReferences();
        assertEquals(1, references.size(), text);
        return references.get(0);
    }

    static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    static void assertValidCff(String text) {
        List<Error> errors = CFF_SCHEMA.validate(text, InputFormat.YAML);
        assertTrue(errors.isEmpty(), errors + "\n" + text);
    }

    private static Schema cffSchema() {
        try (InputStream in =
                CitationReaders.class.getResourceAsStream("/schemas/citation-file-format-1.2.0/schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
