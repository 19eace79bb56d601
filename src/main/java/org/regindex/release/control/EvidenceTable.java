package org.regindex.release.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.release.control.ReleaseTable.ForeignKey;
import org.regindex.release.entity.ReleaseContent;

/**
 * The evidence files a release's answers cite: one row per file and answer, in the order attached, with what
 * identifies the file (its SHA-256) whether or not the file itself is published.
 */
public final class EvidenceTable {

    private EvidenceTable() {}

    public static ReleaseTable of(ReleaseContent content) {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (ReleaseContent.Evidence e : content.evidence()) {
            int position = positions.merge(e.region() + "/" + e.indicator(), 1, Integer::sum);
            rows.add(List.of(e.region(), e.indicator(), position, e.name(), e.mediaType(), e.size(), e.sha256()));
        }
        return new ReleaseTable(
                "evidence",
                "Evidence files",
                "The files the experts attached to their answers as evidence (legal texts, reports): one row per "
                        + "file and answer. A file's SHA-256 identifies it wherever it is kept.",
                List.of(
                        ReleaseTables.REGION,
                        ReleaseTables.INDICATOR,
                        Column.integer("file", "File number", "Position of the file in the answer, from 1.", 1, null)
                                .notEmpty(),
                        Column.text("name", "File name", "The name the expert gave the file.")
                                .notEmpty(),
                        Column.text(
                                        "media_type",
                                        "Kind",
                                        "The file's media type, as read from its content when it was attached.")
                                .notEmpty(),
                        Column.integer("size", "Bytes", "The file's size in bytes.", 1, null)
                                .notEmpty(),
                        Column.text("sha256", "SHA-256", "SHA-256 of the file's bytes, in lower-case hex.")
                                .notEmpty()),
                rows,
                List.of("region", "indicator", "file"),
                List.of(new ForeignKey(List.of("region", "indicator"), "answers", List.of("region", "indicator"))));
    }
}
