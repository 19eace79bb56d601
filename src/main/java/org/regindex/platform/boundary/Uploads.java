package org.regindex.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.model.file.UploadedFile;
import org.regindex.platform.control.Spreadsheets;

/** Files uploaded through pages, held to the same size limit as the API ({@code import.max.bytes}). */
@Named
@ApplicationScoped
public class Uploads {

    @Inject
    @ConfigProperty(name = "import.max.bytes")
    long maxBytes;

    /** For the browser's own check, so that a too large file is refused before it is sent. */
    public long getMaxBytes() {
        return maxBytes;
    }

    public String getMaxSize() {
        return String.format(Locale.ROOT, "%.0f MB", maxBytes / (1024.0 * 1024.0));
    }

    public byte[] read(UploadedFile file) {
        try (InputStream in = file.getInputStream()) {
            return Spreadsheets.readLimited(in, maxBytes, file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
