package org.regindex.platform.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * ZIP files whose bytes depend only on their members: every entry carries the same given time, the
 * entries keep the order they are given in, and no extra fields (which carry file times) are written.
 */
public final class StableZip {

    /** The earliest time a ZIP entry can hold. */
    public static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    @SuppressWarnings("ArrayRecordComponent") // a member on its way into the file, never compared
    public record Member(String name, byte[] content) {}

    private StableZip() {}

    /**
     * The members in this order, each stamped {@code time} as it reads, whatever the time zone of the
     * machine (a ZIP time has no zone, and only even seconds).
     */
    public static byte[] write(LocalDateTime time, List<Member> members) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Member member : members) {
                ZipEntry entry = new ZipEntry(member.name());
                entry.setTimeLocal(time.isBefore(EPOCH) ? EPOCH : time);
                zip.putNextEntry(entry);
                zip.write(member.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same members in the same order, written again as {@link #write} does, e.g. for a file a library zipped. */
    public static byte[] rewrite(byte[] zip, LocalDateTime time) {
        return write(time, members(zip));
    }

    public static List<Member> members(byte[] zip) {
        List<Member> members = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                members.add(new Member(entry.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }
}
