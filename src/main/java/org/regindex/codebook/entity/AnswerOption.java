package org.regindex.codebook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One coded answer to an indicator, with its score (0-100; best practice = 100). */
@Entity
@Table(name = "answer_option")
public class AnswerOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("UnusedVariable") // written for its column; the indicator reaches its options, not the reverse
    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private int position;

    protected AnswerOption() {}

    AnswerOption(Indicator indicator, CodebookContent.OptionSpec spec, int position) {
        this.indicator = indicator;
        this.code = spec.code();
        this.label = spec.label();
        this.score = spec.score();
        this.position = position;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int score() {
        return score;
    }

    CodebookContent.OptionSpec spec() {
        return new CodebookContent.OptionSpec(code, label, score);
    }
}
