package org.regindex.devserver;

import java.nio.file.Path;
import java.util.Properties;

/**
 * {@code ./regindex backup} and {@code restore} against the launcher's database, through its socket.
 * Arguments: {@code backup HOME FILE APP_VERSION [FILES_DIR]}, {@code verify FILE},
 * {@code restore HOME FILE [FILES_DIR]}. Prints one line on success; a refusal prints one line starting
 * with {@value DevDatabase#REFUSAL} and exits with 2.
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static void main(String[] args) throws Exception {
        try {
            System.out.println(run(args));
        } catch (LauncherRefusal refused) {
            System.err.println(DevDatabase.REFUSAL + refused.getMessage());
            System.exit(2);
        }
    }

    private static String run(String[] args) throws Exception {
        switch (args[0]) {
            case "backup" -> {
                Path file = Path.of(args[2]);
                Properties m = Backups.backup(tools(args[1]), file, args[3], files(args, 4));
                return "Backed up schema version " + m.getProperty("schema.version") + " of Regindex "
                        + m.getProperty("app.version") + " (" + m.getProperty("files") + " stored files) to "
                        + file.toAbsolutePath() + ".";
            }
            case "verify" -> {
                Properties m = BackupFile.verify(Path.of(args[1]));
                return "Backup of " + m.getProperty("created") + ", Regindex " + m.getProperty("app.version")
                        + ", schema version " + m.getProperty("schema.version") + ", " + m.getProperty("files")
                        + " stored files";
            }
            case "restore" -> {
                Properties m = Backups.restore(tools(args[1]), Path.of(args[2]), files(args, 3));
                return "Restored the backup of " + m.getProperty("created") + " (schema version "
                        + m.getProperty("schema.version") + ", " + m.getProperty("files") + " stored files).";
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static MariaDbTools tools(String home) {
        return MariaDbTools.local(new DataFolder(Path.of(home)), "regindex");
    }

    private static Path files(String[] args, int index) {
        return args.length > index ? Path.of(args[index]) : null;
    }
}
