package org.regindex.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which build of the application runs: its version and when it was built (from {@code regindex-build.properties}). */
public final class Build {

    private static final String RESOURCE = "/regindex-build.properties";
    private static final String ID = read();

    private Build() {}

    /** The same on every instance started from one build, different for the next build: {@code 0.1.0 2026-12-04T18:00:00Z}. */
    public static String id() {
        return ID;
    }

    private static String read() {
        try (InputStream in = Build.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unbuilt";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "?") + " " + properties.getProperty("built", "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
