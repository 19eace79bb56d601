package org.regindex.codebook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.StepSchedule;
import org.regindex.platform.boundary.Address;
import org.regindex.platform.boundary.ImportReport;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;

/** One cycle as its page shows it: name and deadline to edit, open or closed, and the page's own changes. */
@Named
@ViewScoped
public class CycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CycleAdministration administration;

    @Inject
    ImportReport report;

    private String code;
    private boolean missing;
    private String name;
    private LocalDate deadline;
    private LocalDate reviewDeadline;
    private LocalDate approvalDeadline;
    private LocalDate replyDeadline;
    private Integer reminderDays;
    private boolean blindReview;
    private boolean countryLevel;
    private int readVersion;
    private int changes;

    /** Reloaded when the view is restored elsewhere; entities are not kept in serialized state. */
    private transient Cycle cycle;

    /**
     * Reads the address once, when the view starts. An f:viewParam would be decoded and validated again
     * on every AJAX request, which carries no query string, and then lose its value.
     */
    @PostConstruct
    void readAddress() {
        code = Address.parameter("code");
    }

    /** The view action: the cycle named in the address, its name and deadline in the edit form. */
    public void load() {
        if (code == null) {
            missing = true;
            PageMessages.error(PageTexts.text("cycle.error.noAddress"));
            return;
        }
        try {
            cycle = administration.find(code);
            name = cycle.name();
            deadline = cycle.deadline();
            StepSchedule steps = StepSchedule.of(cycle);
            reviewDeadline = steps.reviewDeadline();
            approvalDeadline = steps.approvalDeadline();
            replyDeadline = steps.replyDeadline();
            reminderDays = steps.reminderDaysBefore();
            blindReview = cycle.blindReview();
            countryLevel = cycle.countryLevel();
            readVersion = cycle.rowVersion();
        } catch (Refusal refused) {
            missing = true;
            PageMessages.pageRefused(refused);
        }
    }

    /** Null when the address names no cycle that exists. */
    public Cycle getCycle() {
        if (cycle == null && !missing && code != null) {
            cycle = administration.find(code);
        }
        return cycle;
    }

    /** The deadlines and reminders as saved. */
    public StepSchedule getSchedule() {
        return StepSchedule.of(getCycle());
    }

    /** How many changes this page made; what shows the cycle's regions rebuilds after each. */
    public int changes() {
        return changes;
    }

    /** A stale save keeps what the person typed, so that nothing is lost while they compare. */
    public void save() {
        try {
            cycle = administration.update(
                    code,
                    readVersion,
                    name,
                    deadline,
                    blindReview,
                    countryLevel,
                    new StepSchedule(reviewDeadline, approvalDeadline, reminderDays, replyDeadline));
            readVersion = cycle.rowVersion();
            changes++;
            PageMessages.done(PageTexts.text("cycle.done.saved", code));
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public void toggleOpen() {
        boolean open = !getCycle().isOpen();
        apply(() -> {
            administration.setOpen(code, open);
            return PageTexts.text(open ? "cycle.done.opened" : "cycle.done.closed", code);
        });
    }

    /**
     * Runs one of this page's own changes and reports it. The edit form's version follows such a change,
     * unless someone else had changed the cycle before it: then a save is still refused as stale.
     */
    public void apply(Supplier<String> change) {
        try {
            int before = administration.find(code).rowVersion();
            String done = change.get();
            Cycle after = refresh();
            if (readVersion == before) {
                readVersion = after.rowVersion();
            }
            PageMessages.done(done);
        } catch (InvalidImport invalid) {
            report.show(invalid);
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    private Cycle refresh() {
        cycle = administration.find(code);
        changes++;
        return cycle;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCountryLevel() {
        return countryLevel;
    }

    public void setCountryLevel(boolean countryLevel) {
        this.countryLevel = countryLevel;
    }

    public boolean isBlindReview() {
        return blindReview;
    }

    public void setBlindReview(boolean blindReview) {
        this.blindReview = blindReview;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public void setReviewDeadline(LocalDate reviewDeadline) {
        this.reviewDeadline = reviewDeadline;
    }

    public LocalDate getApprovalDeadline() {
        return approvalDeadline;
    }

    public void setApprovalDeadline(LocalDate approvalDeadline) {
        this.approvalDeadline = approvalDeadline;
    }

    public LocalDate getReplyDeadline() {
        return replyDeadline;
    }

    public void setReplyDeadline(LocalDate replyDeadline) {
        this.replyDeadline = replyDeadline;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }
}
