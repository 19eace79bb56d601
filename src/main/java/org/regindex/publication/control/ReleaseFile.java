package org.regindex.publication.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A file of a published release as its landing page and metadata list it: the format's name in the API, the file's
 * name, its absolute address and media type, and the SHA-256 of its bytes.
 */
public record ReleaseFile(String format, String name, String url, String mediaType, String sha256) {

    /**
     * Every file of the release, in the order of the formats, with the hashes that its {@code checksums.sha256} lists
     * (given as sent) and that file's own hash.
     */
    public static List<ReleaseFile> all(ReleaseContent content, ReleaseFacts facts, byte[] checksums) {
        Map<String, String> hashes = hashes(checksums);
        return Arrays.stream(ReleaseExports.Format.values())
                .map(format -> {
                    String name = ReleaseExports.fileName(content, format);
                    String sha256 = format == ReleaseExports.Format.CHECKSUMS
                            ? CanonicalExport.sha256(checksums)
                            : hashes.get(name);
                    if (sha256 == null) {
                        throw new IllegalStateException(
                                "The checksums of release " + facts.version() + " miss " + name);
                    }
                    return new ReleaseFile(format.name, name, facts.downloadUrl(format.name), format.mediaType, sha256);
                })
                .toList();
    }

    /** The media type without its parameters ("text/csv" of "text/csv; charset=UTF-8"). */
    public String encodingFormat() {
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip();
    }

    /** The lines "hash  name" of a {@code sha256sum} file, by name. */
    static Map<String, String> hashes(byte[] checksums) {
        Map<String, String> byName = new HashMap<>();
        for (String line : new String(checksums, StandardCharsets.UTF_8).lines().toList()) {
            int gap = line.indexOf("  ");
            if (gap > 0) {
                byName.put(line.substring(gap + 2).strip(), line.substring(0, gap));
            }
        }
        return byName;
    }
}
