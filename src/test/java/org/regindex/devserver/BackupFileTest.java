package org.regindex.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFileTest {

    private static final String DUMP = "CREATE TABLE t (x int);\n"
            + "INSERT INTO t VALUES (1),(2);\n"
            + "INSERT INTO note VALUES ('/*!50003 CREATE*/ /*!50017 DEFINER=`a`@`b`*/ is text here');\n"
            + "/*!50003 CREATE*/ /*!50017 DEFINER=`regindex`@`localhost`*/ /*!50003 TRIGGER t_no_update BEFORE UPDATE ON t\n"
            + "/*!50003 CREATE*/ /*!50017 DEFINER=``*/ /*!50003 TRIGGER t_no_delete BEFORE DELETE ON t\n"
            + "/*!50013 DEFINER=`regindex_owner`@`localhost` SQL SECURITY INVOKER */\n"
            + "/*!50001 CREATE ALGORITHM=UNDEFINED */ /*!50013 DEFINER=`` SQL SECURITY INVOKER */ /*!50001 VIEW `v` AS select 1 */;\n";

    @TempDir
    Path folder;

    @Test
    void aBackupKeepsItsManifestAndDumpAndLeavesOutTheTriggersAccount() throws Exception {
        Path backup = write(null);
        Properties manifest = BackupFile.verify(backup);
        assertEquals("7", manifest.getProperty("schema.version"));
        assertEquals(BackupFile.FORMAT, manifest.getProperty("format"));
        assertEquals("0", manifest.getProperty("files"));
        try (ZipFile zip = BackupFile.open(backup);
                InputStream in = BackupFile.dump(zip)) {
            String dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(dump.contains("/*!50003 CREATE*/ /*!50017*/ /*!50003 TRIGGER t_no_update"), dump);
            assertTrue(
                    dump.contains("/*!50003 CREATE*/ /*!50017*/ /*!50003 TRIGGER t_no_delete"),
                    "a server without grant tables names no account");
            assertTrue(dump.contains("\n/*!50013 SQL SECURITY INVOKER */\n"), "views too");
            assertTrue(
                    dump.contains(
                            "/*!50001 CREATE ALGORITHM=UNDEFINED */ /*!50013 SQL SECURITY INVOKER */ /*!50001 VIEW"),
                    dump);
            assertTrue(
                    dump.contains("('/*!50003 CREATE*/ /*!50017 DEFINER=`a`@`b`*/ is text here')"),
                    "data is left as it is");
            assertEquals(
                    BackupFile.sha256(new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8))),
                    manifest.getProperty("database.sha256"),
                    "the checksum is sha256sum of database.sql");
        }
        assertFalse(Files.exists(backup.resolveSibling(backup.getFileName() + ".partial")));
    }

    @Test
    void storedFilesGoAlongAndComeBackUnchanged() throws Exception {
        Path store = Files.createDirectories(folder.resolve("store/ab"));
        Files.write(store.resolve("abcdef.pdf"), new byte[] {1, 2, 3});
        Path backup = write(folder.resolve("store"));
        assertEquals("1", BackupFile.verify(backup).getProperty("files"));
        Path restored = folder.resolve("restored");
        try (ZipFile zip = BackupFile.open(backup)) {
            assertEquals(1, BackupFile.extractFiles(zip, restored));
        }
        assertEquals(3, Files.readAllBytes(restored.resolve("ab/abcdef.pdf")).length);
    }

    @Test
    void aDamagedDumpIsRefused() throws Exception {
        Path backup = write(null);
        Properties manifest = BackupFile.verify(backup);
        Path damaged = folder.resolve("damaged.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(damaged))) {
            entry(zip, BackupFile.DUMP, DUMP.replace("(1)", "(9)"));
            StringBuilder text = new StringBuilder();
            manifest.forEach(
                    (key, value) -> text.append(key).append('=').append(value).append('\n'));
            entry(zip, BackupFile.MANIFEST, text.toString());
        }
        LauncherRefusal refused = assertThrows(LauncherRefusal.class, () -> BackupFile.verify(damaged));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    }

    @Test
    void aFileThatIsNoBackupIsRefusedWithASentence() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        assertThrows(LauncherRefusal.class, () -> BackupFile.verify(text));
        Path otherZip = folder.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            entry(zip, "readme.txt", "hello");
        }
        LauncherRefusal refused = assertThrows(LauncherRefusal.class, () -> BackupFile.verify(otherZip));
        assertTrue(refused.getMessage().contains("is not a Regindex backup"), refused.getMessage());
    }

    @Test
    void anEntryPointingOutsideTheFileStoreIsRefused() throws Exception {
        Path evil = folder.resolve("evil.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
            entry(zip, BackupFile.FILES + "../../outside.txt", "x");
        }
        try (ZipFile zip = BackupFile.open(evil)) {
            assertThrows(IOException.class, () -> BackupFile.extractFiles(zip, folder.resolve("store")));
        }
        assertFalse(Files.exists(folder.getParent().resolve("outside.txt")));
    }

    private Path write(Path files) throws IOException {
        Path dump = Files.writeString(folder.resolve("dump.sql"), DUMP);
        Properties manifest = new Properties();
        manifest.setProperty("schema.version", "7");
        Path backup = folder.resolve("backup.zip");
        BackupFile.write(backup, dump, manifest, files);
        return backup;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
