package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.entity.ReleaseContent;

/**
 * Every download is the same bytes whenever and wherever it is exported, and the checksums beside and
 * inside the data package are what {@code sha256sum -c} checks. Hashes here are computed with
 * {@link java.security.MessageDigest} directly, not with the application's code.
 */
class StableDownloadsTest {

    static final ReleaseContent CONTENT = HostileRelease.content();
    static final String CHANGELOG = "Release 1.10 corrects 1.9.\n";

    static Map<Format, byte[]> exportAll() {
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        for (Format format : Format.values()) {
            files.put(format, ReleaseExports.export(CONTENT, HostileRelease.FACTS, CHANGELOG, format));
        }
        return files;
    }

    @Test
    void everyDownloadIsTheSameBytesExportedAgainSecondsLaterInAnotherTimeZoneAndLocale() throws InterruptedException {
        Map<Format, byte[]> first = exportAll();
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            // Past the two-second grain of ZIP times and the second of workbook properties.
            Thread.sleep(2100);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            Map<Format, byte[]> again = exportAll();
            for (Format format : Format.values()) {
                assertArrayEquals(first.get(format), again.get(format), format.name);
            }
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void everyEntryOfTheZipsCarriesTheFreezeTimeAndNoExtraField() {
        LocalDateTime frozen = LocalDateTime.of(2026, 12, 30, 10, 0, 0);
        for (Format format : List.of(Format.DATAPACKAGE, Format.XLSX)) {
            byte[] zip = ReleaseExports.export(CONTENT, HostileRelease.FACTS, CHANGELOG, format);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    assertEquals(frozen, entry.getTimeLocal(), format.name + " " + entry.getName());
                    assertNull(entry.getExtra(), format.name + " " + entry.getName());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String core = new String(
                DataPackageTest.unzip(ReleaseExports.export(CONTENT, HostileRelease.FACTS, CHANGELOG, Format.XLSX))
                        .get("docProps/core.xml"),
                StandardCharsets.UTF_8);
        assertTrue(core.contains(">2026-12-30T10:00:00Z</dcterms:created>"), core);
        assertTrue(core.contains(">2026-12-30T10:00:00Z</dcterms:modified>"), core);
    }

    @Test
    void theChecksumsDownloadHasTheSha256OfEveryOtherDownloadAsSha256sumReadsIt() {
        Map<Format, byte[]> files = exportAll();
        Map<String, String> expected = new LinkedHashMap<>();
        for (Format format : Format.values()) {
            if (format != Format.CHECKSUMS) {
                expected.put(ReleaseExports.fileName(CONTENT, format), DataPackageTest.sha256(files.get(format)));
            }
        }
        assertEquals(expected, lines(files.get(Format.CHECKSUMS)));
    }

    @Test
    void theChecksumsInsideThePackageHaveTheSha256OfEveryOtherMember() {
        Map<String, byte[]> members = DataPackageTest.unzip(
                ReleaseExports.export(CONTENT, HostileRelease.FACTS, CHANGELOG, Format.DATAPACKAGE));
        Map<String, String> expected = new LinkedHashMap<>();
        members.forEach((name, bytes) -> {
            if (!name.equals("checksums.sha256")) {
                expected.put(name, DataPackageTest.sha256(bytes));
            }
        });
        assertEquals(expected, lines(members.get("checksums.sha256")));
    }

    @Test
    void sha256sumChecksBothWhereItIsInstalled(@TempDir Path downloads, @TempDir Path unpacked)
            throws IOException, InterruptedException {
        assumeTrue(installed(), "sha256sum is not installed");
        Map<Format, byte[]> files = exportAll();
        for (Format format : Format.values()) {
            Files.write(downloads.resolve(ReleaseExports.fileName(CONTENT, format)), files.get(format));
        }
        assertEquals(0, sha256sumCheck(downloads, ReleaseExports.fileName(CONTENT, Format.CHECKSUMS)));
        for (Map.Entry<String, byte[]> member :
                DataPackageTest.unzip(files.get(Format.DATAPACKAGE)).entrySet()) {
            Files.write(unpacked.resolve(member.getKey()), member.getValue());
        }
        assertEquals(0, sha256sumCheck(unpacked, "checksums.sha256"));
    }

    private static boolean installed() throws InterruptedException {
        try {
            return new ProcessBuilder("sha256sum", "--version")
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int sha256sumCheck(Path directory, String list) throws IOException, InterruptedException {
        Process check = new ProcessBuilder("sha256sum", "--strict", "-c", list)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return check.waitFor();
    }

    /** File name to hash, from lines "hash, two spaces, name" and nothing else. */
    private static Map<String, String> lines(byte[] checksums) {
        String text = new String(checksums, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n"), text);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            assertTrue(line.matches("[0-9a-f]{64}  [^/\\\\\\s]+"), line);
            hashes.put(line.substring(66), line.substring(0, 64));
        }
        return hashes;
    }
}
