package org.regindex.codebook.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A coded question of a codebook: its ordered answer options and one category on each axis. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "codebook_id")
    private Codebook codebook;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String question;

    @Column(nullable = false)
    private String guidance;

    @Column(name = "not_applicable_allowed", nullable = false)
    private boolean notApplicableAllowed;

    @Column(name = "confidence_required", nullable = false)
    private boolean confidenceRequired;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AnswerOption> options = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "indicator_category",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private List<Category> categories = new ArrayList<>();

    protected Indicator() {}

    Indicator(Codebook codebook, CodebookContent.IndicatorSpec spec, int position) {
        this.codebook = codebook;
        this.code = spec.code();
        this.position = position;
        this.question = spec.question();
        this.guidance = spec.guidance();
        this.notApplicableAllowed = spec.notApplicableAllowed();
        this.confidenceRequired = spec.confidenceRequired();
        for (CodebookContent.OptionSpec option : spec.options()) {
            options.add(new AnswerOption(this, option, options.size()));
        }
        for (Axis axis : codebook.axes()) {
            categories.add(axis.category(spec.categoryByAxis().get(axis.code())).orElseThrow());
        }
    }

    public Long id() {
        return id;
    }

    public Codebook codebook() {
        return codebook;
    }

    public String code() {
        return code;
    }

    public String question() {
        return question;
    }

    public String guidance() {
        return guidance;
    }

    public boolean notApplicableAllowed() {
        return notApplicableAllowed;
    }

    /** Whether an answer needs the expert's confidence before its questionnaire can be submitted. */
    public boolean confidenceRequired() {
        return confidenceRequired;
    }

    public List<AnswerOption> options() {
        return List.copyOf(options);
    }

    public Optional<AnswerOption> option(String optionCode) {
        return options.stream()
                .filter(option -> option.code().equals(optionCode))
                .findFirst();
    }

    /** The indicator's category on the axis with this code. */
    public Category categoryOn(String axisCode) {
        return categories.stream()
                .filter(category -> category.axis().code().equals(axisCode))
                .findFirst()
                .orElseThrow();
    }

    CodebookContent.IndicatorSpec spec() {
        Map<String, String> byAxis = new LinkedHashMap<>();
        categories.forEach(category -> byAxis.put(category.axis().code(), category.code()));
        return new CodebookContent.IndicatorSpec(
                code,
                question,
                guidance,
                notApplicableAllowed,
                byAxis,
                options.stream().map(AnswerOption::spec).toList(),
                confidenceRequired);
    }
}
