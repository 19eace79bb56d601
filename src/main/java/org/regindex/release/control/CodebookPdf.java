package org.regindex.release.control;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * The codebook document as PDF (A4, DejaVu Sans embedded as a subset, so letters beyond Latin-1 print).
 * Byte for byte the same on every export: its dates are the release's freeze, its document ID is drawn
 * from the document's own text, and nothing outside the document is ever loaded.
 */
public final class CodebookPdf {

    static final String FONT = "DejaVu Sans";

    private static final Logger LOG = Logger.getLogger(CodebookPdf.class.getName());

    /** The font files, read once; each export parses its own copies (a parsed font belongs to one document). */
    private static final byte[] REGULAR = resource("DejaVuSans.ttf");

    private static final byte[] BOLD = resource("DejaVuSans-Bold.ttf");

    /** The style of the document; openhtmltopdf reads CSS 2.1 with paged media. */
    static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-left { content: element(footer); }
              @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; color: #111; }
            .footer { position: running(footer); font-size: 8pt; color: #555; }
            h1 { font-size: 17pt; margin: 0 0 8pt 0; }
            h2 { font-size: 13pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #999; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 0 0 5pt 0; }
            dl.facts dt { font-weight: bold; margin-top: 3pt; }
            dl.facts dd { margin: 0 0 0 12pt; }
            table { border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0; -fs-table-paginate: paginate; }
            caption { text-align: left; font-weight: bold; padding: 2pt 0; }
            th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.number, td.code { white-space: nowrap; }
            td.number { text-align: right; }
            tr { page-break-inside: avoid; }
            p.result { font-weight: bold; }
            p.label { font-weight: bold; margin: 3pt 0 1pt 0; }
            p.question { font-weight: bold; }
            ul.categories { margin: 0 0 4pt 0; padding-left: 14pt; }
            div.indicator { page-break-inside: avoid; border-top: 1px solid #ccc; padding-top: 2pt; }
            """;

    static {
        // openhtmltopdf reports its every step at INFO (font loading even before the diagnostic consumer takes over).
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private CodebookPdf() {}

    public static byte[] export(ReleaseContent content, ReleaseFacts facts) {
        String xhtml = CodebookDocument.xhtml(content, facts);
        try (PDDocument document = new PDDocument();
                TrueTypeFont regular = font(REGULAR);
                TrueTypeFont bold = font(BOLD)) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .withHtmlContent(xhtml, null)
                    .withDiagnosticConsumer(CodebookPdf::log)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useFont(
                            new PDFontSupplier(PDType0Font.load(document, regular, true)),
                            FONT,
                            400,
                            FontStyle.NORMAL,
                            true)
                    .useFont(
                            new PDFontSupplier(PDType0Font.load(document, bold, true)),
                            FONT,
                            700,
                            FontStyle.NORMAL,
                            true);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            Calendar frozen = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            frozen.setTimeInMillis(facts.frozenAt().toEpochMilli());
            info.setCreationDate(frozen);
            info.setModificationDate(frozen);
            info.setAuthor(facts.credit().publisher());
            info.setSubject("Codebook of release " + facts.version() + ", SHA-256 " + facts.digest());
            info.setCreator("Regindex");
            byte[] id = Arrays.copyOf(sha256(xhtml), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A font of the application, without glyph substitution: PDFBox would otherwise set "fi" and "fl" as
     * ligatures, which text extraction, search and copying then read as the single characters U+FB01/2.
     */
    private static TrueTypeFont font(byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] resource(String file) {
        try (InputStream font = CodebookPdf.class.getResourceAsStream("/fonts/dejavu/" + file)) {
            if (font == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application.");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** openhtmltopdf reports every step at INFO; only what went wrong reaches the server's log. */
    private static void log(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            LOG.log(diagnostic.getLevel(), diagnostic.getFormattedMessage(), diagnostic.getError());
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
