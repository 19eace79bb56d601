package org.regindex.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.regindex.identity.boundary.ReaderTime;
import org.regindex.identity.control.People;
import org.regindex.identity.entity.Person;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.control.AuditDetails;
import org.regindex.platform.entity.FieldChange;

/**
 * The audit trail as sentences in the page's language: "Elena Expert saved the answer", the person's name
 * (or only their role under blind review), the time in the reader's zone, a link to what it is about, and
 * for a saved answer the fields that changed instead of the stored JSON.
 */
@RequestScoped
public class AuditRows {

    /** One changed field as the page shows it. */
    public record Change(String field, String before, String after) {}

    /** One event as the page shows it; {@code link} is a path in the application, or null. */
    public record Row(
            String when,
            String sentence,
            String role,
            String subject,
            String link,
            List<Change> changes,
            String before,
            String after) {}

    @Inject
    People people;

    @Inject
    ReaderTime time;

    @Inject
    Instance<AuditDetails> details;

    private final Map<String, String> names = new HashMap<>();

    public List<Row> of(List<AuditLog.Line> lines) {
        ResourceBundle bundle = ResourceBundle.getBundle(PageTexts.BUNDLE, PageTexts.pageLocale());
        return lines.stream().map(line -> row(line, bundle)).toList();
    }

    private Row row(AuditLog.Line line, ResourceBundle bundle) {
        String who = line.hidden() ? PageTexts.label("auditActor.hidden", line.capacity()) : name(line.actor());
        String sentence = bundle.containsKey("auditAction." + line.action())
                ? PageTexts.text("auditAction." + line.action(), who)
                : PageTexts.text("auditAction.other", who, line.action());
        List<Change> changes = details.stream()
                .flatMap(d -> d.changes(line.action(), line.before(), line.after()).stream())
                .map(AuditRows::change)
                .toList();
        return new Row(
                time.of(line.at()),
                sentence,
                PageTexts.label("role", line.capacity()),
                line.subject(),
                link(line),
                changes,
                changes.isEmpty() ? line.before() : null,
                changes.isEmpty() ? line.after() : null);
    }

    /** An action as the filter offers it: "… submitted the questionnaire". */
    public static String actionLabel(String action) {
        ResourceBundle bundle = ResourceBundle.getBundle(PageTexts.BUNDLE, PageTexts.pageLocale());
        return bundle.containsKey("auditAction." + action)
                ? PageTexts.text("auditAction." + action, PageTexts.text("audit.someone"))
                : action;
    }

    private static Change change(FieldChange field) {
        return new Change(PageTexts.text(field.label()), field.before(), field.after());
    }

    private String name(String username) {
        return names.computeIfAbsent(
                username, u -> people.find(u).map(Person::displayName).orElse(u));
    }

    /** The questionnaire (at the indicator, where the subject names one), else the cycle. */
    public static String link(AuditLog.Line line) {
        if (line.cycle() == null) {
            return null;
        }
        if (line.region() == null) {
            return "/app/coordinator/cycle.xhtml?code=" + line.cycle();
        }
        String[] parts = line.subject() == null ? new String[0] : line.subject().split("/");
        String anchor = parts.length == 3 && Stream.of(parts).noneMatch(String::isBlank) ? "#ind-" + parts[2] : "";
        return "/app/questionnaire.xhtml?cycle=" + line.cycle() + "&region=" + line.region() + anchor;
    }
}
