package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.IndicatorTexts;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Languages;

/**
 * The codebook's texts in the page's language for the questionnaire: {@code #{codebookText.of(indicator)}} gives an
 * indicator's question, guidance and option labels, translated where the codebook has a translation.
 */
@Named("codebookText")
@RequestScoped
public class CodebookTextBacking {

    private final Map<Long, IndicatorTexts> known = new HashMap<>();

    public IndicatorTexts of(Indicator indicator) {
        String language = PageTexts.pageLocale().getLanguage();
        return known.computeIfAbsent(indicator.id(), id -> IndicatorTexts.of(indicator, language));
    }

    /** "English" for {@code en}, in the page's language. */
    public String languageName(String tag) {
        return Languages.name(tag, PageTexts.pageLocale());
    }
}
