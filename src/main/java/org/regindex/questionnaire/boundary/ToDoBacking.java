package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.regindex.codebook.entity.Indicator;
import org.regindex.platform.boundary.PageTexts;

/**
 * The expert's to-do list on the questionnaire page: the open change requests, then what each answer
 * still lacks for submitting, read from the page's forms so that it follows the typing.
 */
@Named("todo")
@RequestScoped
public class ToDoBacking {

    /** One line of the list: the indicator it links to and what is asked there. */
    public record Item(String indicator, String text) {}

    @Inject
    QuestionnaireBacking page;

    @Inject
    ReviewBacking review;

    // Read anew on every use: a save earlier in the same request changes what is missing.
    public List<Item> getChangeRequests() {
        return indicators().stream()
                .filter(indicator -> review.thread(indicator.code()).changeRequested())
                .map(indicator -> new Item(
                        indicator.code(), review.thread(indicator.code()).request()))
                .toList();
    }

    public List<Item> getMissing() {
        return indicators().stream()
                .filter(indicator -> !page.form(indicator.code()).isComplete())
                .map(indicator -> new Item(indicator.code(), lacking(indicator)))
                .toList();
    }

    /** Whether the list is the caller's to work through: an expert on a questionnaire they may change. */
    public boolean isShown() {
        return page.getUnavailable() == null && page.getView().writable();
    }

    private String lacking(Indicator indicator) {
        return page.form(indicator.code()).lacks().stream()
                .map(lack -> PageTexts.label("lack", lack))
                .collect(Collectors.joining(", "));
    }

    private List<Indicator> indicators() {
        return page.getView().cycle().codebook().indicators();
    }
}
