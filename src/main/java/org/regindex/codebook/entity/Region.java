package org.regindex.codebook.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.regindex.platform.entity.Languages;

/** A region that cycles cover, e.g. {@code ES51} Catalonia, Spain. */
@Entity
@Table(name = "region")
public class Region {

    /** NUTS codes: two letters for the country, then up to three letters or digits. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,3}");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "region_name", joinColumns = @JoinColumn(name = "region_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private Map<String, String> names = new HashMap<>();

    protected Region() {}

    public Region(String code, String name, String countryCode) {
        this.code = checkedCode(code);
        this.name = checkedName(name);
        this.countryCode = checkedCountry(countryCode);
    }

    public static String checkedCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidRegion(
                    "The region code \"" + code
                            + "\" is not a NUTS code: two capital letters, then up to three capital letters or digits (e.g. ES51).");
        }
        return code;
    }

    public static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRegion("A region needs a name.");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidRegion("A region name has at most " + NAME_MAX + " characters.");
        }
        return name.strip();
    }

    public static String checkedCountry(String country) {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new InvalidRegion("The country code \"" + country + "\" is not two capital letters (e.g. ES).");
        }
        return country;
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

    public String countryCode() {
        return countryCode;
    }

    /** Its name in other languages, where it differs: {@code de} → {@code Katalonien}. */
    public SortedMap<String, String> names() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(names));
    }

    /** Gives the region its name in a language of the pages; a blank name removes it. */
    public void name(String language, String translated) {
        if (!Languages.supported(language)) {
            throw new InvalidRegion(
                    "The language \"" + language + "\" is not one of " + String.join(", ", Languages.TAGS) + ".");
        }
        if (translated == null || translated.isBlank()) {
            names.remove(language);
        } else {
            names.put(language, checkedName(translated));
        }
    }
}
