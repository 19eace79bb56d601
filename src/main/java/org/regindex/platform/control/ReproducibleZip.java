package org.regindex.platform.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * ZIP archives whose bytes depend on what they hold, not on when they were written: every entry carries one given time
 * (for a release's files, its freeze), in UTC whatever the server's zone. A file listed with its SHA-256 (a release's
 * checksums, its metadata) is then the same file whenever it is made again.
 */
public final class ReproducibleZip {

    private ReproducibleZip() {}

    /** An entry stamped with this time. */
    public static ZipEntry entry(String name, Instant at) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        return entry;
    }

    /** The same archive, its entries in the same order, each stamped with this time (for archives a library writes). */
    public static byte[] restamped(byte[] zip, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream restamped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                restamped.putNextEntry(entry(entry.getName(), at));
                in.transferTo(restamped);
                restamped.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
