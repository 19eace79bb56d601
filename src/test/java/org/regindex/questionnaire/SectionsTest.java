package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Axis;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.Translations;
import org.regindex.questionnaire.control.Sections;
import org.regindex.questionnaire.control.Sections.Section;

/** The questionnaire page's sections: one per category of the chosen axis, in the axis' order, with progress. */
class SectionsTest {

    static final Axis POLICY_AREA = IndicatorFilterTest.CODEBOOK.axes().get(0);
    static final Axis POPULATION = IndicatorFilterTest.CODEBOOK.axes().get(1);
    static final Indicator STRATEGY = AnswerContentTest.STRATEGY;
    static final Indicator SCHOOLS = AnswerContentTest.SCHOOLS;

    static List<String> codes(Section section) {
        return section.indicators().stream().map(Indicator::code).toList();
    }

    @Test
    void oneSectionPerCategoryInTheAxisOrderWithItsIndicators() {
        List<Section> sections =
                Sections.of(POLICY_AREA, List.of(SCHOOLS, STRATEGY), indicator -> indicator == STRATEGY);
        assertEquals(List.of("LAB", "EDU"), sections.stream().map(Section::code).toList());
        assertEquals(
                List.of("Labour market", "Education"),
                sections.stream().map(Section::label).toList());
        assertEquals(List.of("LAB-ACT-01"), codes(sections.get(0)));
        assertEquals(List.of("EDU-RES-01"), codes(sections.get(1)));
        assertEquals(List.of(1, 0), sections.stream().map(Section::complete).toList());
        assertEquals(List.of(100, 0), sections.stream().map(Section::percent).toList());
    }

    @Test
    void onAnotherAxisTheSameIndicatorsGroupDifferently() {
        List<Section> sections = Sections.of(POPULATION, List.of(STRATEGY, SCHOOLS), indicator -> indicator == SCHOOLS);
        assertEquals(1, sections.size());
        assertEquals(List.of("LAB-ACT-01", "EDU-RES-01"), codes(sections.get(0)));
        assertEquals(2, sections.get(0).total());
        assertEquals(50, sections.get(0).percent());
    }

    @Test
    void aCategoryWithoutIndicatorsStillHasItsSectionAtZeroPercent() {
        List<Section> sections = Sections.of(POLICY_AREA, List.of(STRATEGY), indicator -> true);
        assertEquals(List.of(1, 0), sections.stream().map(Section::total).toList());
        assertEquals(0, sections.get(1).percent());
    }

    @Test
    void thePercentageIsRoundedDown() {
        assertEquals(66, new Section("LAB", "Labour market", List.of(STRATEGY, STRATEGY, STRATEGY), 2).percent());
        assertEquals(33, new Section("LAB", "Labour market", List.of(STRATEGY, STRATEGY, STRATEGY), 1).percent());
    }

    @Test
    void sectionsAreNamedInTheReadersLanguageWhereTheCodebookTranslatesThem() {
        Translations german = Translations.builder("en")
                .put("de", TextKey.category(POLICY_AREA.code(), "LAB"), "Arbeitsmarkt")
                .put("de", TextKey.axis(POLICY_AREA.code()), "Politikbereich")
                .build();
        List<Section> sections = Sections.of(
                POLICY_AREA,
                List.of(STRATEGY, SCHOOLS),
                indicator -> false,
                category -> german.label("de", POLICY_AREA, category));
        assertEquals(
                List.of("Arbeitsmarkt", "Education"),
                sections.stream().map(Section::label).toList(),
                "an untranslated category keeps its source label");
        assertEquals("Politikbereich", german.label("de", POLICY_AREA));
        assertEquals(POLICY_AREA.label(), german.label("en", POLICY_AREA));
        assertEquals(POLICY_AREA.label(), german.label("es", POLICY_AREA));
    }
}
