package org.regindex.platform.control;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;

/**
 * How far an uploaded workbook may unpack before anything parses it. An .xlsx is a zip of XML parts;
 * a few kilobytes of zip can unpack to gigabytes (a zip bomb), and the parsed XML takes about fifteen
 * times its own size in memory. The parts are inflated once through a small buffer and counted, so a
 * refusal costs at most {@link #MAX_UNPACKED_BYTES} of inflating and no memory beyond the buffer.
 */
final class WorkbookBounds {

    /** Every part together; a questionnaire workbook with every text field full unpacks to about 3 MB. */
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;
    /** No spreadsheet compresses better than this; zip bombs compress about a thousand times. */
    static final int MAX_RATIO = 100;
    /** Parts smaller than this are never refused for their ratio: they cannot hurt. */
    private static final long RATIO_GRACE_BYTES = 1024L * 1024;

    private static final int MAX_PARTS = 1000;

    static {
        // The same limits inside POI, should anything reach it unchecked.
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private WorkbookBounds() {}

    static void check(String fileName, byte[] content) {
        CountingInput raw = new CountingInput(new ByteArrayInputStream(content));
        byte[] buffer = new byte[8192];
        long total = 0;
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw refusal(
                            fileName,
                            "The file has more than " + MAX_PARTS + " parts, which no spreadsheet has: "
                                    + "it is not a valid Excel workbook (.xlsx).");
                }
                long packedStart = raw.count;
                long unpacked = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw refusal(
                                fileName,
                                "The file unpacks to more than " + megabytes(MAX_UNPACKED_BYTES)
                                        + ", more than any workbook this server reads: it is refused unread. Split it, or save it as CSV.");
                    }
                    long packed = Math.max(1, raw.count - packedStart);
                    if (unpacked > RATIO_GRACE_BYTES && unpacked / packed > MAX_RATIO) {
                        throw refusal(
                                fileName,
                                "The part " + entry.getName() + " unpacks to more than " + MAX_RATIO
                                        + " times its packed size, which no spreadsheet does: the file is refused as a possible zip bomb.");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refusal(
                    fileName,
                    "The file is not a readable Excel workbook (.xlsx): it may be damaged, or another kind of file.");
        }
        if (parts == 0) {
            throw refusal(
                    fileName,
                    "The file is not a readable Excel workbook (.xlsx): it may be damaged, or another kind of file.");
        }
    }

    private static InvalidImport refusal(String fileName, String message) {
        return new InvalidImport(ImportProblem.ofFile(fileName, message));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    /** How many packed bytes the zip reader has taken so far (it reads ahead by at most its own small buffer). */
    private static final class CountingInput extends FilterInputStream {

        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            int n = super.read(target, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
