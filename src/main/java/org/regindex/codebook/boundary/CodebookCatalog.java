package org.regindex.codebook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.control.Codebooks;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.CodebookEvent;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.control.RowLocks;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Table;

/** Codebook versions for coordinators: list, read, import, export, copy to a new version, delete. */
@ApplicationScoped
@Transactional
public class CodebookCatalog {

    public enum FileFormat {
        CSV,
        XLSX
    }

    /** A file to download: its name, media type and bytes. */
    @SuppressWarnings("ArrayRecordComponent") // a file on its way to the browser, never compared
    public record Download(String fileName, String mediaType, byte[] content) {}

    @Inject
    Caller caller;

    @Inject
    Codebooks codebooks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Imports and copies into one codebook take turns: each makes the next version of what the last stored. */
    @Inject
    RowLocks locks;

    public List<Codebook> list() {
        caller.require(Role.COORDINATOR);
        return codebooks.all();
    }

    public Codebook version(String code, int version) {
        caller.require(Role.COORDINATOR);
        return codebooks.version(code, version);
    }

    public Codebook latest(String code) {
        caller.require(Role.COORDINATOR);
        return codebooks.latest(code);
    }

    /** The code of the cycle that uses this version, if one does (then the version cannot change). */
    public String usedBy(Codebook codebook) {
        return codebooks.cycleUsing(codebook).orElse(null);
    }

    /**
     * Imports a file as the next version of codebook {@code code} (version 1 for a new code). All or
     * nothing: a file with any problem stores nothing and the refusal lists every problem. Its plain columns
     * (question, guidance, ...) are in {@code sourceLanguage}; columns like {@code question@de} translate them.
     */
    public Codebook importFile(String code, String title, String sourceLanguage, String fileName, byte[] file) {
        caller.require(Role.COORDINATOR);
        Codebook.checkedCode(code);
        String language = Codebook.checkedLanguage(sourceLanguage);
        CodebookContent content =
                CodebookLayout.read(Spreadsheets.read(fileName, file, CodebookLayout.SHEET), language);
        locks.first("codebook", "code", code);
        return store(code, title, content, CodebookEvent.CODEBOOK_IMPORTED);
    }

    /** The same content as the next version, to change where the original is used by a cycle. */
    public Codebook copyToNewVersion(String code, int version) {
        caller.require(Role.COORDINATOR);
        locks.first("codebook", "code", code);
        Codebook original = codebooks.version(code, version);
        return store(code, original.title(), original.content(), CodebookEvent.CODEBOOK_COPIED);
    }

    private Codebook store(String code, String title, CodebookContent content, CodebookEvent action) {
        Codebook codebook = codebooks.add(
                new Codebook(code, codebooks.nextVersion(code), title, content, clock.instant(), caller.username()));
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                action,
                Subject.of("codebook", codebook.reference()),
                null,
                summary(codebook));
        return codebook;
    }

    public void delete(String code, int version) {
        caller.require(Role.COORDINATOR);
        Codebook codebook = codebooks.version(code, version);
        Map<String, Object> before = summary(codebook);
        codebooks.remove(codebook);
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                CodebookEvent.CODEBOOK_DELETED,
                Subject.of("codebook", codebook.reference()),
                before,
                null);
    }

    public Download export(String code, int version, FileFormat format) {
        caller.require(Role.COORDINATOR);
        Codebook codebook = codebooks.version(code, version);
        Table table = CodebookLayout.toTable(codebook.content());
        String name = codebook.code() + "-v" + codebook.version();
        return format == FileFormat.CSV
                ? new Download(name + ".csv", Spreadsheets.CSV_TYPE + "; charset=UTF-8", Spreadsheets.writeCsv(table))
                : new Download(name + ".xlsx", Spreadsheets.XLSX_TYPE, Spreadsheets.writeWorkbook(List.of(table)));
    }

    private static Map<String, Object> summary(Codebook codebook) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("code", codebook.code());
        summary.put("version", codebook.version());
        summary.put("title", codebook.title());
        summary.put("axes", codebook.axes().stream().map(axis -> axis.code()).toList());
        summary.put("indicators", codebook.indicators().size());
        if (!codebook.translations().isEmpty()) {
            summary.put("sourceLanguage", codebook.sourceLanguage());
            summary.put("languages", List.copyOf(codebook.translations().languages()));
        }
        return summary;
    }
}
