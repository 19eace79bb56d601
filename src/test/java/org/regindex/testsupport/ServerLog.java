package org.regindex.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server under test writes while a test runs. Arquillian's Payara Micro container copies the
 * server's console, line by line, to this JVM's {@code System.out} (looked up for every line), so a copy
 * of {@code System.out} sees the server's log. {@link #close()} puts the console back.
 */
public final class ServerLog implements AutoCloseable {

    private final PrintStream original;
    private final List<String> lines = new ArrayList<>();

    private ServerLog() {
        original = System.out;
        System.setOut(new PrintStream(new Tee(original), true, StandardCharsets.UTF_8));
    }

    public static ServerLog watch() {
        return new ServerLog();
    }

    /** Lines written since {@link #watch()} that contain any of the words. */
    public synchronized List<String> linesWith(String... words) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            for (String word : words) {
                if (line.contains(word)) {
                    found.add(line);
                    break;
                }
            }
        }
        return found;
    }

    synchronized void add(String line) {
        lines.add(line);
    }

    @Override
    public void close() {
        System.out.flush();
        System.setOut(original);
    }

    private final class Tee extends OutputStream {
        private final OutputStream target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Tee(OutputStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            target.write(b);
            if (b == '\n') {
                add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            target.write(bytes, offset, length);
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(bytes[i]);
                }
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            target.flush();
        }
    }
}
