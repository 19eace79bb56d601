package org.regindex.codebook.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A classification scheme of a codebook's indicators, e.g. policy area, with its categories in order. */
@Entity
@Table(name = "axis")
public class Axis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("UnusedVariable") // written for its column; the codebook reaches its axes, not the reverse
    @ManyToOne(optional = false)
    @JoinColumn(name = "codebook_id")
    private Codebook codebook;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "axis", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Category> categories = new ArrayList<>();

    protected Axis() {}

    Axis(Codebook codebook, CodebookContent.AxisSpec spec, int position) {
        this.codebook = codebook;
        this.code = spec.code();
        this.label = spec.label();
        this.position = position;
        for (CodebookContent.CategorySpec category : spec.categories()) {
            categories.add(new Category(this, category.code(), category.label(), categories.size()));
        }
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public List<Category> categories() {
        return List.copyOf(categories);
    }

    public Optional<Category> category(String categoryCode) {
        return categories.stream()
                .filter(category -> category.code().equals(categoryCode))
                .findFirst();
    }

    CodebookContent.AxisSpec spec() {
        return new CodebookContent.AxisSpec(
                code,
                label,
                categories.stream()
                        .map(c -> new CodebookContent.CategorySpec(c.code(), c.label()))
                        .toList());
    }
}
