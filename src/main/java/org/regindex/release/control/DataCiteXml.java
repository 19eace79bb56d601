package org.regindex.release.control;

import static org.regindex.release.control.XmlTree.add;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import org.regindex.identity.entity.Party;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;
import org.regindex.release.entity.Scoring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A release's DataCite metadata (Metadata Schema 4.7, kernel-4 namespace): the {@code datacite} download
 * and what a registration sends. Built as a DOM, so every text and attribute a person typed is escaped by
 * the serializer; characters XML 1.0 cannot carry (control characters) are left out.
 * <p>
 * The identifier is the DOI when the release has one. A release without a DOI (a draft, or one not yet
 * registered) is identified by its landing page, {@code identifierType="URL"}: the schema allows any
 * identifier type and the document stays valid, but DataCite registers only the DOI form, which is the
 * only one a registration ever sends. The landing page is also always an alternate identifier.
 */
public final class DataCiteXml {

    public static final String NAMESPACE = "http://datacite.org/schema/kernel-4";
    public static final String SCHEMA_LOCATION = "http://schema.datacite.org/meta/kernel-4.7/metadata.xsd";

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String LANGUAGE = "en";

    private DataCiteXml() {}

    public static byte[] bytes(ReleaseContent content, ReleaseFacts facts) {
        return XmlTree.write(document(content, facts));
    }

    static Document document(ReleaseContent content, ReleaseFacts facts) {
        Document doc = XmlTree.newDocument();
        Element resource = doc.createElementNS(NAMESPACE, "resource");
        resource.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
        resource.setAttributeNS(XSI, "xsi:schemaLocation", NAMESPACE + " " + SCHEMA_LOCATION);
        doc.appendChild(resource);
        ReleaseContent.Header header = content.header();

        if (facts.doi() == null) {
            add(resource, "identifier", facts.landingUrl(), "identifierType", "URL");
        } else {
            add(resource, "identifier", facts.doi(), "identifierType", "DOI");
        }
        Element creators = add(resource, "creators");
        facts.credit().creators().forEach(party -> name(add(creators, "creator"), "creatorName", party));
        add(add(resource, "titles"), "title", header.title(), "xml:lang", LANGUAGE);
        add(resource, "publisher", facts.credit().publisher(), "xml:lang", LANGUAGE);
        add(resource, "publicationYear", Integer.toString(facts.year()));
        add(resource, "resourceType", "Regional index release", "resourceTypeGeneral", "Dataset");
        subjects(add(resource, "subjects"), content);
        contributors(resource, facts);
        dates(add(resource, "dates"), facts);
        add(resource, "language", LANGUAGE);
        add(
                add(resource, "alternateIdentifiers"),
                "alternateIdentifier",
                facts.landingUrl(),
                "alternateIdentifierType",
                "URL");
        related(add(resource, "relatedIdentifiers"), facts);
        Element sizes = add(resource, "sizes");
        add(sizes, "size", content.regions().size() + " regions");
        add(sizes, "size", content.indicators().size() + " indicators");
        add(sizes, "size", content.answers().size() + " answers");
        Element formats = add(resource, "formats");
        for (String format : new String[] {"text/csv", "application/json", "application/zip"}) {
            add(formats, "format", format);
        }
        add(resource, "version", facts.version());
        add(
                add(resource, "rightsList"),
                "rights",
                facts.licence().title,
                "xml:lang",
                LANGUAGE,
                "rightsURI",
                facts.licence().url,
                "rightsIdentifier",
                facts.licence().spdx,
                "rightsIdentifierScheme",
                "SPDX",
                "schemeURI",
                "https://spdx.org/licenses/");
        descriptions(add(resource, "descriptions"), content, facts);
        Element places = add(resource, "geoLocations");
        content.regions()
                .forEach(region -> add(
                        add(places, "geoLocation"), "geoLocationPlace", region.name() + ", " + region.countryCode()));
        if (!facts.credit().funder().isEmpty()) {
            add(
                    add(add(resource, "fundingReferences"), "fundingReference"),
                    "funderName",
                    facts.credit().funder());
        }
        return doc;
    }

    private static void subjects(Element subjects, ReleaseContent content) {
        add(subjects, "subject", "Migrant integration", "xml:lang", LANGUAGE);
        add(subjects, "subject", "Regional governance", "xml:lang", LANGUAGE);
        String scheme = "Regindex codebook " + content.header().codebookCode() + " v"
                + content.header().codebookVersion();
        for (ReleaseContent.Axis axis : content.axes()) {
            for (ReleaseContent.Category category : axis.categories()) {
                add(subjects, "subject", category.label(), "subjectScheme", scheme + ", " + axis.label());
            }
        }
    }

    private static void contributors(Element resource, ReleaseFacts facts) {
        if (facts.credit().contributors().isEmpty() && facts.credit().contact().isEmpty()) {
            return;
        }
        Element contributors = add(resource, "contributors");
        for (Party party : facts.credit().contributors()) {
            name(add(contributors, "contributor", null, "contributorType", "DataCollector"), "contributorName", party);
        }
        if (!facts.credit().contact().isEmpty()) {
            add(
                    add(contributors, "contributor", null, "contributorType", "ContactPerson"),
                    "contributorName",
                    facts.credit().contact());
        }
    }

    /** A creator or contributor: an organisation by its name; a person inverted, with given and family name, ORCID iD and affiliation. */
    private static void name(Element holder, String element, Party party) {
        add(holder, element, party.invertedName(), "nameType", party.person() ? "Personal" : "Organizational");
        if (party.person()) {
            if (!party.givenName().isEmpty()) {
                add(holder, "givenName", party.givenName());
            }
            add(holder, "familyName", party.familyName());
        }
        if (!party.orcid().isEmpty()) {
            add(
                    holder,
                    "nameIdentifier",
                    party.orcidUrl(),
                    "nameIdentifierScheme",
                    "ORCID",
                    "schemeURI",
                    "https://orcid.org");
        }
        if (!party.affiliation().isEmpty()) {
            add(holder, "affiliation", party.affiliation());
        }
    }

    private static void dates(Element dates, ReleaseFacts facts) {
        add(dates, "date", day(facts.frozenAt()), "dateType", "Created");
        if (facts.publishedAt() != null) {
            add(dates, "date", day(facts.publishedAt()), "dateType", "Issued");
        }
        if (facts.withdrawnAt() != null) {
            add(
                    dates,
                    "date",
                    day(facts.withdrawnAt()),
                    "dateType",
                    "Withdrawn",
                    "dateInformation",
                    facts.withdrawnReason());
        }
    }

    private static void related(Element related, ReleaseFacts facts) {
        if (facts.correctsVersion() != null) {
            // the corrected release's DOI is not among these facts; its landing page identifies it for good
            add(
                    related,
                    "relatedIdentifier",
                    facts.site().release(facts.correctsVersion()),
                    "relatedIdentifierType",
                    "URL",
                    "relationType",
                    "IsNewVersionOf");
        }
        add(
                related,
                "relatedIdentifier",
                facts.site().url("releases"),
                "relatedIdentifierType",
                "URL",
                "relationType",
                "IsVersionOf");
        add(
                related,
                "relatedIdentifier",
                facts.downloadUrl("codebook"),
                "relatedIdentifierType",
                "URL",
                "relationType",
                "IsDocumentedBy");
    }

    private static void descriptions(Element descriptions, ReleaseContent content, ReleaseFacts facts) {
        ReleaseContent.Header header = content.header();
        String regions = content.regions().stream()
                .map(ReleaseContent.Region::countryCode)
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        String summary = header.title() + ": release " + facts.version() + " of the regional migrant-integration index"
                + " for the cycle " + header.cycleName() + ". "
                + content.regions().size() + " regions ("
                + (regions.isEmpty() ? "none" : regions) + ") answered "
                + content.indicators().size()
                + " indicators of the codebook " + header.codebookTitle() + " (" + header.codebookCode() + " v"
                + header.codebookVersion() + ")."
                + (header.notes().isBlank() ? "" : " " + header.notes().strip())
                + (facts.correctsVersion() == null ? "" : " It corrects release " + facts.correctsVersion() + ".");
        add(descriptions, "description", summary, "descriptionType", "Abstract", "xml:lang", LANGUAGE);
        add(
                descriptions,
                "description",
                Scoring.describe(header.aggregation(), content.axes()),
                "descriptionType",
                "Methods",
                "xml:lang",
                LANGUAGE);
        add(
                descriptions,
                "description",
                "SHA-256 of the canonical content (the download content.json): " + facts.digest()
                        + ". Every download of the release names its version and this digest.",
                "descriptionType",
                "TechnicalInfo",
                "xml:lang",
                LANGUAGE);
    }

    private static String day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
