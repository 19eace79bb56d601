package org.regindex.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serialized answers of the open-data API, kept by release digest and path: a published release never
 * changes, so each answer is computed and written once, then served as bytes.
 */
@ApplicationScoped
public class ResponseCache {

    private static final int KEPT = 2000;
    /** Scores with two decimals, as in the downloads (see {@link TwoDecimals}). */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withSerializers(new TwoDecimals()));

    private final Map<String, byte[]> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    public byte[] json(String digest, String path, Supplier<Object> view) {
        String key = digest + " " + path;
        synchronized (answers) {
            byte[] cached = answers.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] written = JSON.toJson(view.get()).getBytes(StandardCharsets.UTF_8);
        synchronized (answers) {
            answers.put(key, written);
        }
        return written;
    }

    /** A download of a release, kept by what it depends on and its format. */
    public byte[] file(String release, String format, Supplier<byte[]> export) {
        String key = release + " file " + format;
        synchronized (answers) {
            byte[] cached = answers.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] written = export.get();
        synchronized (answers) {
            answers.put(key, written);
        }
        return written;
    }

    public static byte[] write(Object value) {
        return JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }
}
