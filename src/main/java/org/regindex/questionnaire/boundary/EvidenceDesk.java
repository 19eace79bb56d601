package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.control.FileStore;
import org.regindex.questionnaire.control.AnswerSaved;
import org.regindex.questionnaire.control.Evidence;
import org.regindex.questionnaire.control.EvidenceRule;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerEvidence;
import org.regindex.questionnaire.entity.EvidenceFile;
import org.regindex.questionnaire.entity.EvidenceType;
import org.regindex.questionnaire.entity.InvalidEvidence;
import org.regindex.questionnaire.entity.QuestionnaireEvent;

/**
 * Evidence files on answers: the region's expert attaches and removes them while the answers may change; whoever
 * may read the questionnaire lists and opens them. Each change is audited. Everything is checked before anything is
 * stored; the bytes go to the file store once the rows are in (a second request with the same new file waits on the
 * first's row and is refused), and a file stays in the store even if its transaction then fails, since another
 * request may hold it by then: an unreferenced file is harmless, a referenced one missing would not be.
 */
@ApplicationScoped
@Transactional
public class EvidenceDesk {

    /** A file of an answer, and the view it was reached through (for naming its author to this reader). */
    public record Attached(AnswerEvidence evidence, QuestionnaireView view) {}

    @Inject
    DataEntry dataEntry;

    @Inject
    Evidence evidence;

    @Inject
    FileStore store;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "evidence.max.file.bytes")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "evidence.max.questionnaire.bytes")
    long maxQuestionnaireBytes;

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Whether the caller may attach files to the questionnaire's answers now. */
    public boolean mayAttach(String cycleCode, String regionCode) {
        return dataEntry.open(cycleCode, regionCode).writable();
    }

    public List<Attached> list(String cycleCode, String regionCode, String indicatorCode) {
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        Answer answer = view.answers().get(indicatorCode);
        return answer == null
                ? List.of()
                : evidence.of(answer).stream().map(e -> new Attached(e, view)).toList();
    }

    public Attached open(String cycleCode, String regionCode, String indicatorCode, String sha256) {
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        return new Attached(cited(view, indicatorCode, sha256), view);
    }

    public byte[] bytes(AnswerEvidence attached) {
        return store.get(attached.file().sha256())
                .orElseThrow(() -> new IllegalStateException(
                        "The file store lacks " + attached.file().sha256() + ", which an answer cites"));
    }

    public Attached add(String cycleCode, String regionCode, String indicatorCode, String fileName, byte[] content) {
        QuestionnaireView view = writable(cycleCode, regionCode);
        Answer answer = view.answers().get(indicatorCode);
        if (answer == null) {
            throw InvalidEvidence.of("Save an answer to " + indicatorCode + " before attaching files to it.");
        }
        evidence.lock(answer);
        String name = EvidenceRule.name(fileName);
        EvidenceType type = EvidenceRule.check(
                name, content, maxFileBytes, evidence.bytesOf(answer.questionnaire()), maxQuestionnaireBytes);
        String sha256 = FileStore.sha256(content);
        if (evidence.of(answer, sha256).isPresent()) {
            throw QuestionnaireRefusals.evidenceAttached(indicatorCode);
        }
        EvidenceFile file = evidence.file(sha256)
                .orElseGet(() -> evidence.addFile(new EvidenceFile(sha256, content.length, type, clock.instant())));
        AnswerEvidence added = evidence.add(new AnswerEvidence(answer, file, name, caller.username(), clock.instant()));
        store.put(sha256, content);
        audit.record(
                caller.actingAs(Role.EXPERT),
                QuestionnaireEvent.EVIDENCE_ADDED,
                subject(cycleCode, regionCode, indicatorCode),
                null,
                facts(added));
        return new Attached(added, view);
    }

    public void remove(String cycleCode, String regionCode, String indicatorCode, String sha256) {
        QuestionnaireView view = writable(cycleCode, regionCode);
        Optional.ofNullable(view.answers().get(indicatorCode)).ifPresent(evidence::lock);
        AnswerEvidence cited = cited(view, indicatorCode, sha256);
        evidence.remove(cited);
        audit.record(
                caller.actingAs(Role.EXPERT),
                QuestionnaireEvent.EVIDENCE_REMOVED,
                subject(cycleCode, regionCode, indicatorCode),
                facts(cited),
                null);
    }

    private QuestionnaireView writable(String cycleCode, String regionCode) {
        dataEntry.requireExpert(cycleCode, regionCode);
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        if (!view.cycle().isOpen()) {
            throw QuestionnaireRefusals.cycleClosed(cycleCode);
        }
        if (!view.state().editable()) {
            throw QuestionnaireRefusals.locked(view.state().label());
        }
        return view;
    }

    private AnswerEvidence cited(QuestionnaireView view, String indicatorCode, String sha256) {
        return Optional.ofNullable(view.answers().get(indicatorCode))
                .flatMap(answer -> evidence.of(answer, sha256))
                .orElseThrow(() -> QuestionnaireRefusals.unknownEvidence(indicatorCode, sha256));
    }

    private static Subject subject(String cycleCode, String regionCode, String indicatorCode) {
        return new Subject("answer", AnswerSaved.subject(cycleCode, regionCode, indicatorCode), cycleCode, regionCode);
    }

    private static Map<String, Object> facts(AnswerEvidence evidence) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("file", evidence.fileName());
        facts.put("sha256", evidence.file().sha256());
        facts.put("size", evidence.file().size());
        facts.put("type", evidence.file().mediaType());
        return facts;
    }
}
