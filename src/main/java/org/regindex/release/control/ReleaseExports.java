package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/** Every download of a release; each names the release's version and digest. */
public final class ReleaseExports {

    /** One provider for all builders: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    public enum Format {
        CSV_LONG("csv-long", "answers.csv", Spreadsheets.CSV_TYPE + "; charset=UTF-8"),
        CSV_WIDE("csv-wide", "scores.csv", Spreadsheets.CSV_TYPE + "; charset=UTF-8"),
        XLSX("xlsx", "release.xlsx", Spreadsheets.XLSX_TYPE),
        JSON("json", "release.json", "application/json"),
        DATAPACKAGE("datapackage", "datapackage.zip", "application/zip"),
        CODEBOOK("codebook", "codebook.csv", Spreadsheets.CSV_TYPE + "; charset=UTF-8"),
        CODEBOOK_PDF("codebook-pdf", "codebook.pdf", "application/pdf"),
        CHANGELOG("changelog", "changelog.txt", "text/plain; charset=UTF-8"),
        CITATION("citation", "citation.txt", "text/plain; charset=UTF-8"),
        BIBTEX("bibtex", "citation.bib", "application/x-bibtex; charset=UTF-8"),
        RIS("ris", "citation.ris", "application/x-research-info-systems; charset=UTF-8"),
        CSL_JSON("csl-json", "citation.json", "application/vnd.citationstyles.csl+json"),
        CFF("cff", "CITATION.cff", "application/x-yaml; charset=UTF-8"),
        DATACITE("datacite", "datacite.xml", "application/xml"),
        CANONICAL("canonical", "content.json", "application/json"),
        CHECKSUMS("checksums", "checksums.sha256", "text/plain; charset=UTF-8");

        public final String name;
        public final String file;
        public final String mediaType;

        Format(String name, String file, String mediaType) {
            this.name = name;
            this.file = file;
            this.mediaType = mediaType;
        }

        /**
         * Whether the file cites the release, and so names its DOI once one is recorded after publication:
         * until the DOI is registered (and can no longer change) such a file is not immutable.
         */
        public boolean citesRelease() {
            return switch (this) {
                case XLSX, JSON, CODEBOOK_PDF, CITATION, BIBTEX, RIS, CSL_JSON, CFF, DATACITE, CHECKSUMS -> true;
                default -> false;
            };
        }

        public static Format byName(String name) {
            for (Format format : Format.values()) {
                if (format.name.equalsIgnoreCase(name)) {
                    return format;
                }
            }
            return null;
        }
    }

    private ReleaseExports() {}

    public static String fileName(ReleaseContent content, Format format) {
        return "regindex-" + content.header().cycleCode() + "-"
                + content.header().version() + "-" + format.file;
    }

    public static byte[] export(ReleaseContent content, ReleaseFacts facts, String changelog, Format format) {
        return switch (format) {
            case CSV_LONG ->
                Spreadsheets.writeDataCsv(ReleaseTables.answers(content, facts).table());
            case CSV_WIDE ->
                Spreadsheets.writeDataCsv(ReleaseTables.scores(content, facts).table());
            case XLSX -> ReleaseWorkbook.xlsx(content, facts);
            case JSON -> json(content, facts);
            case DATAPACKAGE -> DataPackage.zip(content, facts);
            case CODEBOOK -> Spreadsheets.writeCsv(CodebookTables.codebook(content));
            case CODEBOOK_PDF -> CodebookPdf.export(content, facts);
            case CHANGELOG ->
                (changelog.isEmpty() ? "Release " + facts.version() + " is the first of its cycle.\n" : changelog)
                        .getBytes(StandardCharsets.UTF_8);
            case CITATION -> Citations.text(content, facts).getBytes(StandardCharsets.UTF_8);
            case BIBTEX -> Citations.bibtex(content, facts).getBytes(StandardCharsets.UTF_8);
            case RIS -> Citations.ris(content, facts).getBytes(StandardCharsets.UTF_8);
            case CSL_JSON -> Citations.cslJson(content, facts).getBytes(StandardCharsets.UTF_8);
            case CFF -> Citations.cff(content, facts).getBytes(StandardCharsets.UTF_8);
            case DATACITE -> DataCiteXml.bytes(content, facts);
            case CANONICAL -> CanonicalExport.bytes(content);
            case CHECKSUMS -> checksums(content, facts, changelog);
        };
    }

    /**
     * Every other file's SHA-256 and name, in the format {@code sha256sum -c} reads. The workbook and the data package
     * are stamped with the freeze, so a file made again later has the hash listed here.
     */
    private static byte[] checksums(ReleaseContent content, ReleaseFacts facts, String changelog) {
        StringBuilder lines = new StringBuilder();
        for (Format format : Format.values()) {
            if (format != Format.CHECKSUMS) {
                lines.append(CanonicalExport.sha256(export(content, facts, changelog, format)))
                        .append("  ")
                        .append(fileName(content, format))
                        .append('\n');
            }
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(ReleaseContent content, ReleaseFacts facts) {
        JsonObject document = JSON.createObjectBuilder()
                .add("version", facts.version())
                .add("digest", facts.digest())
                .add("state", facts.state().name())
                .add("frozenAt", facts.frozenAt().toString())
                .add(
                        "publishedAt",
                        facts.publishedAt() == null ? "" : facts.publishedAt().toString())
                .add("citation", Citations.text(content, facts).strip())
                .add("landingPage", facts.landingUrl())
                .add("doi", facts.doi() == null ? "" : facts.doi())
                .add("licence", facts.licence().spdx)
                .add("licenceUrl", facts.licence().url)
                .add("credit", CreditJson.json(facts.credit()))
                .add(
                        "digestOf",
                        "SHA-256 of the download content.json: the member \"content\" written as compact JSON in this order")
                .add("content", CanonicalExport.json(content))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(document);
        }
        return out.toByteArray();
    }
}
