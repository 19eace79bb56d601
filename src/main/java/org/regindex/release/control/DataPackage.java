package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.control.StableZip;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A release as one ZIP: {@code datapackage.json}, its CSV files (plain UTF-8, as the descriptor says) and
 * {@code checksums.sha256} of all of them. Every entry carries the time of the freeze, so the same release
 * always gives the same bytes.
 */
public final class DataPackage {

    static final String DESCRIPTOR = "datapackage.json";
    static final String CHECKSUMS = "checksums.sha256";

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private DataPackage() {}

    /** Every table of the package, in the order of its resources (the replies only where the cycle gave a right of reply). */
    public static List<ReleaseTable> tables(ReleaseContent content, ReleaseFacts facts) {
        List<ReleaseTable> tables = new ArrayList<>(List.of(
                ReleaseTables.answers(content, facts),
                ReleaseTables.scores(content, facts),
                ReleaseTables.sources(content)));
        if (content.header().recordsReplies()) {
            tables.add(ReplyTable.of(content));
        }
        if (content.header().recordsEvidence()) {
            tables.add(EvidenceTable.of(content));
        }
        tables.addAll(List.of(
                CodebookTables.regions(content),
                CodebookTables.indicators(content),
                CodebookTables.options(content),
                CodebookTables.categories(content)));
        return tables;
    }

    public static byte[] zip(ReleaseContent content, ReleaseFacts facts) {
        List<DataPackageDescriptor.Member> members = new ArrayList<>();
        for (ReleaseTable table : tables(content, facts)) {
            members.add(new DataPackageDescriptor.Member(table, Spreadsheets.writeDataCsv(table.table())));
        }
        List<StableZip.Member> entries = new ArrayList<>();
        entries.add(new StableZip.Member(DESCRIPTOR, json(DataPackageDescriptor.of(content, facts, members))));
        members.forEach(m -> entries.add(new StableZip.Member(m.table().file(), m.csv())));
        entries.add(new StableZip.Member(CHECKSUMS, checksums(entries)));
        return StableZip.write(LocalDateTime.ofInstant(facts.frozenAt(), ZoneOffset.UTC), entries);
    }

    /** One line per file, in the format {@code sha256sum -c} reads. */
    static byte[] checksums(List<StableZip.Member> files) {
        StringBuilder lines = new StringBuilder();
        files.forEach(file -> lines.append(CanonicalExport.sha256(file.content()))
                .append("  ")
                .append(file.name())
                .append('\n'));
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(JsonObject object) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toByteArray();
    }
}
