package org.regindex.codebook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One value of an axis, e.g. "Labour market [LAB]" on the policy-area axis. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "axis_id")
    private Axis axis;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    protected Category() {}

    Category(Axis axis, String code, String label, int position) {
        this.axis = axis;
        this.code = code;
        this.label = label;
        this.position = position;
    }

    public Axis axis() {
        return axis;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
