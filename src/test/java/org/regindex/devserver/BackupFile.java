package org.regindex.devserver;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A backup as one ZIP file that standard tools open: {@code manifest.properties} (what it is, the
 * app's and the schema's version, the SHA-256 of the dump), {@code database.sql} (a dump that any
 * MariaDB loads with {@code mariadb regindex < database.sql}) and {@code files/} (the evidence file
 * store, when there is one).
 */
final class BackupFile {

    static final String FORMAT = "regindex-backup-1";
    static final String MANIFEST = "manifest.properties";
    static final String DUMP = "database.sql";
    static final String FILES = "files/";
    /** Triggers and views keep the account that made them; the dump leaves it out, so it loads under any account. */
    private static final Pattern DEFINER = Pattern.compile(" ?DEFINER=`[^`]*`(?:@`[^`]*`)?");

    private BackupFile() {}

    /** Writes the file next to {@code target} first and moves it into place, so no half backup carries the name. */
    static void write(Path target, Path dump, Properties manifest, Path filesDir) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(DUMP));
            String digest = copyWithoutDefiners(dump, zip);
            zip.closeEntry();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("database.sha256", digest);
            int files = filesDir == null ? 0 : addFiles(zip, filesDir);
            manifest.setProperty("files", Integer.toString(files));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(text(manifest).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest of a backup whose dump is whole; fails with a sentence otherwise. */
    static Properties verify(Path backup) throws LauncherRefusal, IOException {
        try (ZipFile zip = open(backup)) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            ZipEntry dump = zip.getEntry(DUMP);
            if (manifestEntry == null || dump == null) {
                throw new LauncherRefusal(
                        backup + " is not a Regindex backup (it lacks " + MANIFEST + " or " + DUMP + ").");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new LauncherRefusal(backup + " is a backup of format " + manifest.getProperty("format")
                        + ", which this version does not read.");
            }
            String digest;
            try (InputStream in = zip.getInputStream(dump)) {
                digest = sha256(in);
            }
            if (!digest.equals(manifest.getProperty("database.sha256"))) {
                throw new LauncherRefusal(
                        backup + " is damaged: its database dump does not match the checksum in its manifest.");
            }
            return manifest;
        }
    }

    static InputStream dump(ZipFile zip) throws IOException {
        return zip.getInputStream(zip.getEntry(DUMP));
    }

    static ZipFile open(Path backup) throws LauncherRefusal {
        try {
            return new ZipFile(backup.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LauncherRefusal(backup + " cannot be read as a backup: " + e.getMessage());
        }
    }

    /** Unpacks {@code files/} into {@code target}, which must not hold files yet. */
    static int extractFiles(ZipFile zip, Path target) throws IOException {
        int count = 0;
        Path root = target.toAbsolutePath().normalize();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.getName().startsWith(FILES) || entry.isDirectory()) {
                continue;
            }
            Path file = root.resolve(entry.getName().substring(FILES.length())).normalize();
            if (!file.startsWith(root)) {
                throw new IOException("refusing the entry " + entry.getName() + ", which points outside " + root);
            }
            Files.createDirectories(file.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, file);
            }
            count++;
        }
        return count;
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest sha = sha256();
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String copyWithoutDefiners(Path dump, ZipOutputStream zip) throws IOException {
        MessageDigest sha = sha256();
        BufferedWriter out = new BufferedWriter(
                new OutputStreamWriter(new DigestOutputStream(new UnclosedStream(zip), sha), StandardCharsets.UTF_8));
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // Only in the versioned comments that create triggers and views, never in rows of data.
                out.write(line.startsWith("/*!50") ? DEFINER.matcher(line).replaceFirst("") : line);
                out.write('\n');
            }
        }
        out.flush();
        return HexFormat.of().formatHex(sha.digest());
    }

    private static int addFiles(ZipOutputStream zip, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int count = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(
                        new ZipEntry(FILES + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
                count++;
            }
        }
        return count;
    }

    /** Sorted, and without the date line of {@link Properties#store}; the values hold no backslash or line break. */
    private static String text(Properties manifest) {
        StringBuilder out = new StringBuilder();
        manifest.stringPropertyNames().stream()
                .sorted()
                .forEach(key -> out.append(key)
                        .append('=')
                        .append(manifest.getProperty(key))
                        .append('\n'));
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a writer be flushed into one ZIP entry without closing the whole ZIP. */
    private static final class UnclosedStream extends java.io.FilterOutputStream {
        UnclosedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
