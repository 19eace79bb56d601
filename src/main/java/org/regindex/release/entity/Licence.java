package org.regindex.release.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The licences a release may carry, by their SPDX identifiers. */
public enum Licence {
    CC_BY_4_0(
            "CC-BY-4.0",
            "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0(
            "CC-BY-SA-4.0",
            "Creative Commons Attribution Share Alike 4.0 International",
            "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC0_1_0("CC0-1.0", "Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ODC_BY_1_0(
            "ODC-By-1.0", "Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1-0/"),
    ODBL_1_0(
            "ODbL-1.0",
            "Open Data Commons Open Database License v1.0",
            "https://opendatacommons.org/licenses/odbl/1-0/");

    public final String spdx;
    public final String title;
    public final String url;

    Licence(String spdx, String title, String url) {
        this.spdx = spdx;
        this.title = title;
        this.url = url;
    }

    /** For pages: expression language reads properties through getters, not fields. */
    public String getSpdx() {
        return spdx;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    /** The licence with this SPDX identifier (letter case aside); refuses any other. */
    public static Licence bySpdx(String spdx) {
        return Arrays.stream(values())
                .filter(licence -> licence.spdx.equalsIgnoreCase(spdx == null ? "" : spdx.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidRelease("The licence is one of "
                        + Arrays.stream(values()).map(l -> l.spdx).collect(Collectors.joining(", ")) + ", not \""
                        + spdx + "\"."));
    }
}
