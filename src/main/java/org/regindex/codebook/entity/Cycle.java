package org.regindex.codebook.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.regindex.identity.entity.Party;
import org.regindex.platform.entity.Refusal;

/**
 * One data-collection round: a codebook version, the regions in scope, deadlines (submission always; review and
 * approval where set), whether and how early reminders go out, open or closed.
 */
@Entity
@Table(name = "cycle")
public class Cycle {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    static final int NAME_MAX = 200;
    static final int CONTRIBUTORS_MAX = 500;
    static final int REMINDER_DAYS_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "codebook_id", updatable = false)
    private Codebook codebook;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "review_deadline")
    private LocalDate reviewDeadline;

    @Column(name = "approval_deadline")
    private LocalDate approvalDeadline;

    /** How many days before a deadline automatic reminders start; none: no automatic reminders. */
    @Column(name = "reminder_days")
    private Integer reminderDays;

    /** Until when government contacts may reply to their region's reviewed answers; none: no right of reply. */
    @Column(name = "reply_deadline")
    private LocalDate replyDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleStatus status;

    @Column(name = "blind_review", nullable = false)
    private boolean blindReview;

    @Column(name = "country_level", nullable = false)
    private boolean countryLevel;

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    @ManyToMany
    @JoinTable(
            name = "cycle_region",
            joinColumns = @JoinColumn(name = "cycle_id"),
            inverseJoinColumns = @JoinColumn(name = "region_id"))
    private Set<Region> regions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "cycle_contributor", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderColumn(name = "position")
    private List<CycleContributor> contributors = new ArrayList<>();

    protected Cycle() {}

    public Cycle(String code, String name, Codebook codebook, LocalDate deadline) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidCycle("The cycle code \"" + code
                    + "\" must be 1 to 40 letters, digits, dots, hyphens or underscores (e.g. 2026).");
        }
        this.code = code;
        this.codebook = codebook;
        this.status = CycleStatus.OPEN;
        rename(name);
        moveDeadline(deadline);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidCycle("A cycle needs a name.");
        }
        if (newName.strip().length() > NAME_MAX) {
            throw new InvalidCycle("A cycle name has at most " + NAME_MAX + " characters.");
        }
        this.name = newName.strip();
    }

    /** Moves the submission deadline; the review and approval deadlines stay and must not come before it. */
    public void moveDeadline(LocalDate newDeadline) {
        schedule(newDeadline, reviewDeadline, approvalDeadline);
    }

    /**
     * Sets the deadlines of submitting, reviewing and approving; review and approval may have none (they then
     * follow the step before them), and each comes on or after the one before it.
     */
    public void schedule(LocalDate submission, LocalDate review, LocalDate approval) {
        if (submission == null) {
            throw new InvalidCycle("A cycle needs a deadline.");
        }
        if (review != null && review.isBefore(submission)) {
            throw new InvalidCycle("The review deadline (" + review + ") must not come before the submission deadline ("
                    + submission + ").");
        }
        LocalDate before = review == null ? submission : review;
        if (approval != null && approval.isBefore(before)) {
            throw new InvalidCycle("The approval deadline (" + approval + ") must not come before the "
                    + (review == null ? "submission" : "review") + " deadline (" + before + ").");
        }
        this.deadline = submission;
        this.reviewDeadline = review;
        this.approvalDeadline = approval;
    }

    /** From how many days before each deadline reminders go out (0: on the day); none: no automatic reminders. */
    public void remindDaysBefore(Integer days) {
        if (days != null && (days < 0 || days > REMINDER_DAYS_MAX)) {
            throw new InvalidCycle(
                    "Reminders start 0 to " + REMINDER_DAYS_MAX + " days before a deadline, not " + days + ".");
        }
        this.reminderDays = days;
    }

    public void open() {
        status = CycleStatus.OPEN;
    }

    public void close() {
        status = CycleStatus.CLOSED;
    }

    public void include(Region region) {
        if (!regions.add(region)) {
            throw new InvalidCycle(
                    Refusal.Kind.CONFLICT, "The region " + region.code() + " is in cycle " + code + " already.");
        }
    }

    public void exclude(Region region) {
        if (!regions.remove(region)) {
            throw new InvalidCycle(
                    Refusal.Kind.NOT_FOUND, "The region " + region.code() + " is not in cycle " + code + ".");
        }
    }

    /** In a blind review, experts and reviewers see each other as "Expert" and "Reviewer", never by name. */
    public void reviewBlind(boolean blind) {
        this.blindReview = blind;
    }

    /** The people and organisations credited as contributors of releases of this cycle, in this order. */
    public void credit(List<Party> parties) {
        if (parties.size() > CONTRIBUTORS_MAX) {
            throw new InvalidCycle("A cycle credits at most " + CONTRIBUTORS_MAX + " contributors.");
        }
        Set<String> names = new HashSet<>();
        for (Party party : parties) {
            if (!names.add(party.name())) {
                throw new InvalidCycle("The contributor " + party.name() + " is listed twice.");
            }
        }
        contributors.clear();
        parties.forEach(party -> contributors.add(new CycleContributor(party)));
    }

    public List<Party> contributors() {
        return contributors.stream().map(CycleContributor::party).toList();
    }

    /** With a country level, the leads of a region's country approve its reviewed questionnaire first. */
    public void approveByCountryFirst(boolean countryFirst) {
        this.countryLevel = countryFirst;
    }

    public boolean countryLevel() {
        return countryLevel;
    }

    public boolean blindReview() {
        return blindReview;
    }

    public boolean covers(Region region) {
        return regions.contains(region);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Codebook codebook() {
        return codebook;
    }

    public LocalDate deadline() {
        return deadline;
    }

    /** The deadline of a step; the submission deadline always exists, the others where the coordinator set them. */
    public Optional<LocalDate> deadline(DeadlineStep step) {
        return Optional.ofNullable(
                switch (step) {
                    case SUBMISSION -> deadline;
                    case REVIEW -> reviewDeadline;
                    case APPROVAL -> approvalDeadline;
                });
    }

    /** The deadline that applies to a step: its own, else the one of the step before it. */
    public LocalDate deadlineFor(DeadlineStep step) {
        return switch (step) {
            case SUBMISSION -> deadline;
            case REVIEW -> deadline(DeadlineStep.REVIEW).orElse(deadline);
            case APPROVAL -> deadline(DeadlineStep.APPROVAL).orElse(deadlineFor(DeadlineStep.REVIEW));
        };
    }

    /**
     * Gives each region's government contact until {@code until} to reply to the region's reviewed answers (none: no
     * right of reply); replies follow the review, so the day must not come before the review deadline.
     */
    public void giveRightOfReplyUntil(LocalDate until) {
        LocalDate review = deadlineFor(DeadlineStep.REVIEW);
        if (until != null && until.isBefore(review)) {
            throw new InvalidCycle(
                    "The reply deadline (" + until + ") must not come before the review deadline (" + review + ").");
        }
        this.replyDeadline = until;
    }

    public Optional<LocalDate> replyDeadline() {
        return Optional.ofNullable(replyDeadline);
    }

    public Optional<Integer> reminderDays() {
        return Optional.ofNullable(reminderDays);
    }

    public CycleStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == CycleStatus.OPEN;
    }

    public int rowVersion() {
        return rowVersion;
    }

    public List<Region> regions() {
        return regions.stream()
                .sorted(Comparator.comparing(Region::countryCode).thenComparing(Region::code))
                .toList();
    }
}
