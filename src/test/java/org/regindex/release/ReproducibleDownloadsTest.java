package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.entity.ReleaseFacts;

/**
 * The archives among a release's files (the workbook and the data package) carry the time of the freeze, not the time
 * they were written: made again after a restart or on another server, they have the SHA-256 that checksums.sha256
 * and the release's metadata list.
 */
class ReproducibleDownloadsTest {

    static final ReleaseFacts FACTS = TestFacts.published();

    private static List<ZipEntry> entries(byte[] zip) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    @Test
    void everyEntryOfTheWorkbookAndTheDataPackageIsStampedWithTheFreeze() throws IOException {
        LocalDateTime frozen = LocalDateTime.ofInstant(TestFacts.FROZEN, ZoneOffset.UTC);
        for (Format format : List.of(Format.XLSX, Format.DATAPACKAGE)) {
            List<ZipEntry> entries = entries(ReleaseExports.export(TestFacts.content(), FACTS, "", format));
            assertTrue(entries.size() >= 4, format.name);
            for (ZipEntry entry : entries) {
                assertEquals(frozen, entry.getTimeLocal(), format.name + " " + entry.getName());
            }
        }
    }

    @Test
    void theWorkbookSaysItWasCreatedAtTheFreezeAndStillOpens() throws IOException {
        byte[] workbook = ReleaseExports.export(TestFacts.content(), FACTS, "", Format.XLSX);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertEquals(
                    TestFacts.FROZEN,
                    read.getProperties().getCoreProperties().getCreated().toInstant());
            assertEquals(4, read.getNumberOfSheets());
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("docProps/core.xml")) {
                    String core = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(core.contains(">2026-12-30T10:00:00Z<"), core);
                }
            }
        }
    }

    @Test
    void everyFileMadeTwiceIsTheSame() {
        for (Format format : Format.values()) {
            assertArrayEquals(
                    ReleaseExports.export(TestFacts.content(), FACTS, "", format),
                    ReleaseExports.export(TestFacts.content(), FACTS, "", format),
                    format.name);
        }
    }
}
