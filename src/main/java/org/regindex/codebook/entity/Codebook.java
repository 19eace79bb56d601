package org.regindex.codebook.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.regindex.platform.entity.Languages;

/**
 * One version of a codebook, addressed as {@code code} + {@code version}. Its content is set once,
 * when it is created; a change makes a new version.
 */
@Entity
@Table(name = "codebook")
public class Codebook {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AggregationRule aggregation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    @OneToMany(mappedBy = "codebook", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Axis> axes = new ArrayList<>();

    @OneToMany(mappedBy = "codebook", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    @Column(name = "source_language", nullable = false, length = 8)
    private String sourceLanguage;

    @ElementCollection
    @CollectionTable(name = "codebook_text", joinColumns = @JoinColumn(name = "codebook_id"))
    private List<CodebookText> texts = new ArrayList<>();

    @Transient
    private Translations translations;

    protected Codebook() {}

    /** {@code content} comes from {@code CodebookLayout.read} or from another codebook, both already checked. */
    public Codebook(
            String code, int version, String title, CodebookContent content, Instant createdAt, String createdBy) {
        this.code = checkedCode(code);
        this.version = version;
        this.title = checkedTitle(title);
        this.aggregation = AggregationRule.MEAN_OF_FIRST_AXIS_MEANS;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        for (CodebookContent.AxisSpec axis : content.axes()) {
            axes.add(new Axis(this, axis, axes.size()));
        }
        for (CodebookContent.IndicatorSpec indicator : content.indicators()) {
            indicators.add(new Indicator(this, indicator, indicators.size()));
        }
        this.sourceLanguage = content.translations().source();
        content.translations()
                .byLanguage()
                .forEach((language, byKey) ->
                        byKey.forEach((key, text) -> texts.add(new CodebookText(language, key, text))));
    }

    /** The language of a codebook's own texts: one of the languages of the pages. */
    public static String checkedLanguage(String language) {
        if (!Languages.supported(language)) {
            throw new InvalidCodebook("The codebook's language \"" + language + "\" is not one of the languages of the"
                    + " pages: " + String.join(", ", Languages.TAGS) + ".");
        }
        return language;
    }

    public static String checkedCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidCodebook("The codebook code \"" + code
                    + "\" must be 2 to 40 lower-case letters, digits or hyphens (e.g. mipex-r).");
        }
        return code;
    }

    private static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidCodebook("A codebook needs a title.");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw new InvalidCodebook("A codebook title has at most " + TITLE_MAX + " characters.");
        }
        return title.strip();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    /** How people name this version: {@code mipex-r v2}. */
    public String reference() {
        return code + " v" + version;
    }

    public String title() {
        return title;
    }

    public AggregationRule aggregation() {
        return aggregation;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<Axis> axes() {
        return List.copyOf(axes);
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators.stream()
                .filter(indicator -> indicator.code().equals(indicatorCode))
                .findFirst();
    }

    /** The language its questions, options and categories are written in. */
    public String sourceLanguage() {
        return sourceLanguage;
    }

    /** Its texts in other languages. */
    public Translations translations() {
        if (translations == null) {
            Translations.Builder builder = Translations.builder(sourceLanguage);
            texts.forEach(text -> builder.put(text.language(), text.key(), text.text()));
            translations = builder.build();
        }
        return translations;
    }

    public CodebookContent content() {
        return new CodebookContent(
                axes.stream().map(Axis::spec).toList(),
                indicators.stream().map(Indicator::spec).toList(),
                translations());
    }
}
