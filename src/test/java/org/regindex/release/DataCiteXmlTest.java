package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regindex.identity.entity.Party;
import org.regindex.release.control.DataCiteXml;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;
import org.regindex.release.entity.ReleaseState;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The {@code datacite} download is valid DataCite Metadata Schema 4.7 (the XSD in
 * {@code src/test/resources/schemas/datacite-4.7}) for every kind of release, and says what it should.
 */
class DataCiteXmlTest {

    private static Schema schema;

    @BeforeAll
    static void theSchema() throws Exception {
        URL xsd = DataCiteXmlTest.class.getResource("/schemas/datacite-4.7/metadata.xsd");
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        schema = factory.newSchema(new StreamSource(xsd.toExternalForm()));
    }

    /** Validates against the XSD (throws with the line and the reason when invalid) and parses for XPath. */
    private static Document valid(byte[] xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String at(Document doc, String path) throws Exception {
        return (String) xpath().evaluate(path, doc, XPathConstants.STRING);
    }

    private static int count(Document doc, String path) throws Exception {
        return ((NodeList) xpath().evaluate(path, doc, XPathConstants.NODESET)).getLength();
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "d".equals(prefix) ? DataCiteXml.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return List.<String>of().iterator();
            }
        });
        return xpath;
    }

    private static ReleaseFacts facts(String doi, String corrects, Credit credit, Instant withdrawn) {
        return new ReleaseFacts(
                corrects == null ? "1.0" : "1.1",
                "ab12",
                withdrawn == null ? ReleaseState.PUBLISHED : ReleaseState.WITHDRAWN,
                TestFacts.FROZEN,
                TestFacts.PUBLISHED,
                withdrawn,
                withdrawn == null ? null : "A region's scores were wrong.",
                corrects,
                Licence.CC_BY_4_0,
                credit,
                doi,
                TestFacts.SITE);
    }

    @Test
    void aPublishedReleaseWithoutDoiIsIdentifiedByItsLandingPage() throws Exception {
        Document doc = valid(DataCiteXml.bytes(ReleaseDiffTest.FIRST, TestFacts.published()));
        assertEquals("URL", at(doc, "/d:resource/d:identifier/@identifierType"));
        assertEquals("https://regindex.example/releases/1.0", at(doc, "/d:resource/d:identifier"));
        assertEquals("Regindex Consortium", at(doc, "//d:creator/d:creatorName[@nameType='Organizational']"));
        assertEquals("Round", at(doc, "//d:titles/d:title"));
        assertEquals("Regindex Consortium", at(doc, "/d:resource/d:publisher"));
        assertEquals("2027", at(doc, "/d:resource/d:publicationYear"));
        assertEquals("Dataset", at(doc, "/d:resource/d:resourceType/@resourceTypeGeneral"));
        assertEquals("2026-12-30", at(doc, "//d:date[@dateType='Created']"));
        assertEquals("2027-01-02", at(doc, "//d:date[@dateType='Issued']"));
        assertEquals(0, count(doc, "//d:date[@dateType='Withdrawn']"));
        assertEquals("1.0", at(doc, "/d:resource/d:version"));
        assertEquals("en", at(doc, "/d:resource/d:language"));
        assertEquals("CC-BY-4.0", at(doc, "//d:rights[@rightsIdentifierScheme='SPDX']/@rightsIdentifier"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", at(doc, "//d:rights/@rightsURI"));
        assertEquals(1, count(doc, "//d:subject[.='Migrant integration']"));
        assertEquals(1, count(doc, "//d:subject[.='Labour market' and contains(@subjectScheme, 'Policy area')]"));
        assertEquals(3, count(doc, "//d:geoLocation/d:geoLocationPlace"));
        assertEquals("Catalonia, ES", at(doc, "//d:geoLocation[1]/d:geoLocationPlace"));
        assertEquals("Example Research Council", at(doc, "//d:fundingReference/d:funderName"));
        assertEquals(
                "García López, Ana", at(doc, "//d:contributor[@contributorType='DataCollector']/d:contributorName"));
        assertEquals(
                "https://orcid.org/0000-0002-1825-0097",
                at(doc, "//d:contributor/d:nameIdentifier[@nameIdentifierScheme='ORCID']"));
        assertEquals(
                "data@regindex.example",
                at(doc, "//d:contributor[@contributorType='ContactPerson']/d:contributorName"));
        assertTrue(at(doc, "//d:description[@descriptionType='TechnicalInfo']").contains("SHA-256"));
        assertTrue(at(doc, "//d:description[@descriptionType='TechnicalInfo']").contains("ab12"));
        assertTrue(at(doc, "//d:description[@descriptionType='Methods']").contains("first axis (Policy area)"));
        assertTrue(at(doc, "//d:description[@descriptionType='Abstract']").startsWith("Round: release 1.0"));
        assertEquals(
                "https://regindex.example/releases", at(doc, "//d:relatedIdentifier[@relationType='IsVersionOf']"));
        assertEquals(
                "https://regindex.example/api/v1/releases/1.0/download/codebook",
                at(doc, "//d:relatedIdentifier[@relationType='IsDocumentedBy' and @relatedIdentifierType='URL']"));
        assertEquals(0, count(doc, "//d:relatedIdentifier[@relationType='IsNewVersionOf']"));
    }

    @Test
    void aCorrectionWithDoiIsIdentifiedByItAndIsANewVersionOfTheReleaseItCorrects() throws Exception {
        Document doc = valid(DataCiteXml.bytes(ReleaseDiffTest.CORRECTION, TestFacts.correctionWithDoi()));
        assertEquals("DOI", at(doc, "/d:resource/d:identifier/@identifierType"));
        assertEquals("10.5072/regindex.1-1", at(doc, "/d:resource/d:identifier"));
        assertEquals(
                "https://regindex.example/releases/1.1",
                at(doc, "//d:alternateIdentifier[@alternateIdentifierType='URL']"));
        assertEquals(
                "https://regindex.example/releases/1.0",
                at(doc, "//d:relatedIdentifier[@relationType='IsNewVersionOf' and @relatedIdentifierType='URL']"));
        assertEquals("1.1", at(doc, "/d:resource/d:version"));
        assertTrue(at(doc, "//d:description[@descriptionType='Abstract']").endsWith("It corrects release 1.0."));
    }

    @Test
    void aPersonCreatorHasGivenAndFamilyNameOrcidAndAffiliation() throws Exception {
        Credit credit = new Credit(
                "Regindex Consortium",
                List.of(
                        Party.organisation("Regindex Consortium"),
                        new Party("", "Ana", "García López", "Universidad de Ejemplo", "0000-0002-1825-0097")),
                List.of(),
                "",
                "");
        Document doc = valid(DataCiteXml.bytes(ReleaseDiffTest.FIRST, facts("10.5072/x", null, credit, null)));
        assertEquals(2, count(doc, "//d:creator"));
        assertEquals("Personal", at(doc, "//d:creator[2]/d:creatorName/@nameType"));
        assertEquals("García López, Ana", at(doc, "//d:creator[2]/d:creatorName"));
        assertEquals("Ana", at(doc, "//d:creator[2]/d:givenName"));
        assertEquals("García López", at(doc, "//d:creator[2]/d:familyName"));
        assertEquals("https://orcid.org/0000-0002-1825-0097", at(doc, "//d:creator[2]/d:nameIdentifier"));
        assertEquals("ORCID", at(doc, "//d:creator[2]/d:nameIdentifier/@nameIdentifierScheme"));
        assertEquals("Universidad de Ejemplo", at(doc, "//d:creator[2]/d:affiliation"));
        assertEquals(0, count(doc, "//d:creator[1]/d:familyName"), "an organisation has no family name");
        assertEquals(0, count(doc, "//d:contributors"), "no contributor and no contact: no contributors element");
        assertEquals(0, count(doc, "//d:fundingReferences"), "no funder: no funding reference");
    }

    @Test
    void awkwardTextIsEscapedAndCharactersXmlCannotCarryAreLeftOut() throws Exception {
        String title = "Integration & <governance> \"2026\" — Región Ñuñoa 🌍\u0007 ]]> end";
        ReleaseContent.Header header = new ReleaseContent.Header(
                "1.0",
                title,
                "Notes with <b>tags</b> & ampersands.",
                "2026",
                "Ronda <2026>",
                "cb",
                1,
                "CB & co",
                "MEAN_OF_FIRST_AXIS_MEANS",
                null);
        ReleaseContent content = new ReleaseContent(
                header,
                ReleaseDiffTest.AXES,
                ReleaseDiffTest.INDICATORS,
                List.of(new ReleaseContent.Region("FR10", "Île-de-France & <Paris>", "FR")),
                List.of(),
                List.of());
        Credit credit = new Credit(
                "Consorcio <Regindex> & Ñ",
                List.of(new Party("", "Zoë", "O'Brien & <Søn>", "Straße 1 \"A\"", "")),
                List.of(),
                "Fundación <X> & Y",
                "");
        byte[] xml = DataCiteXml.bytes(content, facts(null, null, credit, Instant.parse("2027-02-01T09:00:00Z")));
        Document doc = valid(xml);
        assertEquals("Integration & <governance> \"2026\" — Región Ñuñoa 🌍 ]]> end", at(doc, "//d:titles/d:title"));
        assertEquals("Consorcio <Regindex> & Ñ", at(doc, "/d:resource/d:publisher"));
        assertEquals("O'Brien & <Søn>, Zoë", at(doc, "//d:creator/d:creatorName"));
        assertEquals("Straße 1 \"A\"", at(doc, "//d:creator/d:affiliation"));
        assertEquals("Île-de-France & <Paris>, FR", at(doc, "//d:geoLocationPlace"));
        assertEquals("Fundación <X> & Y", at(doc, "//d:funderName"));
        assertTrue(at(doc, "//d:description[@descriptionType='Abstract']")
                .contains("Notes with <b>tags</b> & ampersands."));
        assertEquals(0, count(doc, "//d:description/*"), "tags in notes stay text");
        assertEquals("2027-02-01", at(doc, "//d:date[@dateType='Withdrawn']"));
        assertEquals("A region's scores were wrong.", at(doc, "//d:date[@dateType='Withdrawn']/@dateInformation"));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), text.substring(0, 60));
        assertTrue(text.contains("Región Ñuñoa "), "non-ASCII is written as UTF-8");
        assertTrue(text.contains("&amp; &lt;governance&gt;"), "markup characters in text are escaped, not written raw");
    }

    @Test
    void aDraftHasNoIssuedDateAndIsDatedByItsFreeze() throws Exception {
        Document doc = valid(DataCiteXml.bytes(ReleaseDiffTest.FIRST, TestFacts.draft()));
        assertEquals(0, count(doc, "//d:date[@dateType='Issued']"));
        assertEquals("2026", at(doc, "/d:resource/d:publicationYear"));
    }

    @Test
    void theDataCiteDownloadIsThisDocument() {
        assertEquals(ReleaseExports.Format.DATACITE, ReleaseExports.Format.byName("datacite"));
        assertEquals(
                "regindex-2026-1.0-datacite.xml",
                ReleaseExports.fileName(ReleaseDiffTest.FIRST, ReleaseExports.Format.DATACITE));
        assertEquals(
                new String(DataCiteXml.bytes(ReleaseDiffTest.FIRST, TestFacts.published()), StandardCharsets.UTF_8),
                new String(
                        ReleaseExports.export(
                                ReleaseDiffTest.FIRST, TestFacts.published(), "", ReleaseExports.Format.DATACITE),
                        StandardCharsets.UTF_8));
    }
}
