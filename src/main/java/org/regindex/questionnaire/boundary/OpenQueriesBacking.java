package org.regindex.questionnaire.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.regindex.platform.boundary.Address;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;

/**
 * The open queries page of a cycle ({@code ?cycle=}): what waits for whom, and how long change requests took. The
 * cycle is read from the address once, when the view starts (sorting and filtering post without it); the queries are
 * kept while the view lives, and read again by an instance the view arrives on without them.
 */
@Named("openQueries")
@ViewScoped
public class OpenQueriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenQueryDesk desk;

    @Inject
    Clock clock;

    private String cycle;
    private boolean missing;
    private transient OpenQueryDesk.Overview overview;

    @PostConstruct
    void readAddress() {
        cycle = Address.parameter("cycle");
    }

    /** The view action: the cycle's open queries, or the sentence why not. */
    public void load() {
        if (cycle == null) {
            missing = true;
            PageMessages.error(PageTexts.text("queries.error.noAddress"));
            return;
        }
        try {
            overview = desk.of(cycle);
        } catch (Refusal refused) {
            missing = true;
            PageMessages.pageRefused(refused);
        }
    }

    public String getCycle() {
        return cycle;
    }

    /** Null when the address names no cycle this person may see. */
    public OpenQueryDesk.Overview getOverview() {
        if (overview == null && !missing && cycle != null) {
            overview = desk.of(cycle);
        }
        return overview;
    }

    /** How long a query has been open, in days (in hours for less than one). */
    public String age(Instant since) {
        return span(Duration.between(since, clock.instant()));
    }

    public String span(Duration duration) {
        return duration.toDays() >= 1
                ? PageTexts.text("queries.days", duration.toDays())
                : PageTexts.text("queries.hours", Math.max(0, duration.toHours()));
    }

    /** Sorting by age sorts by the instant the query was opened. */
    public long ageSeconds(Instant since) {
        return Duration.between(since, clock.instant()).toSeconds();
    }
}
