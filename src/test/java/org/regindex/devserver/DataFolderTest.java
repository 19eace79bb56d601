package org.regindex.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path home;

    @Test
    void anEmptyHomeIsInitializedAndMarked() throws Exception {
        DataFolder folder = new DataFolder(home);
        assertEquals(DataFolder.Verdict.INITIALIZE, folder.verdict());
        Files.createDirectories(folder.data().resolve("mysql"));
        folder.mark();
        assertEquals(DataFolder.Verdict.OPEN, folder.verdict());
    }

    @Test
    void aMarkedHomeWhoseDataIsGoneIsRefused() throws Exception {
        DataFolder folder = new DataFolder(home);
        folder.mark();
        LauncherRefusal refused = assertThrows(LauncherRefusal.class, folder::verdict);
        assertTrue(refused.getMessage().contains("./regindex restore FILE"), refused.getMessage());
    }

    @Test
    void aDatabaseOfAnEarlierLauncherIsAdopted() throws Exception {
        DataFolder folder = new DataFolder(home);
        Files.createDirectories(folder.data().resolve("mysql"));
        Files.createDirectories(folder.data().resolve("regindex"));
        assertEquals(DataFolder.Verdict.ADOPT, folder.verdict());
    }

    @Test
    void foreignFilesAreRefused() throws IOException {
        DataFolder folder = new DataFolder(home);
        Files.createDirectories(folder.data().resolve("mysql"));
        assertThrows(LauncherRefusal.class, folder::verdict);
    }

    @Test
    void dataThatTheEmbeddedDatabaseWouldTakeForTemporaryIsRefused() throws Exception {
        DataFolder folder = new DataFolder(home);
        folder.checkKept(file -> false);
        assertThrows(
                LauncherRefusal.class,
                () -> folder.checkKept(file -> file.toPath().equals(folder.data())));
        assertThrows(
                LauncherRefusal.class,
                () -> folder.checkKept(file -> file.toPath().equals(folder.base())));
    }

    @Test
    void theJvmsTemporaryDirectoryHoldsNoData() {
        DataFolder folder = new DataFolder(home);
        for (Path kept : new Path[] {folder.data(), folder.base(), folder.marker()}) {
            assertTrue(!kept.toString().startsWith(folder.jvmTmp().toString()), kept.toString());
        }
    }
}
