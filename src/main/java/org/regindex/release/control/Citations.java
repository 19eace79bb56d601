package org.regindex.release.control;

import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/** How a release is cited, in every format a download offers. */
public final class Citations {

    private Citations() {}

    public static String text(ReleaseContent content, ReleaseFacts facts) {
        return facts.credit().publisher() + " (" + facts.year() + "). "
                + content.header().title() + " (Version " + facts.version() + ") [Data set]. " + facts.landingUrl()
                + ". SHA-256: " + facts.digest() + ".\n";
    }

    public static String bibtex(ReleaseContent content, ReleaseFacts facts) {
        String key =
                ("regindex_" + content.header().cycleCode() + "_" + facts.version()).replaceAll("[^A-Za-z0-9_]", "_");
        return "@misc{" + key + ",\n  author = {{" + facts.credit().publisher() + "}},\n  title = {{"
                + content.header().title()
                + "}},\n  year = {" + facts.year() + "},\n  version = {" + facts.version()
                + "},\n  howpublished = {\\url{"
                + facts.landingUrl() + "}},\n  note = {Data set. SHA-256: "
                + facts.digest() + "}\n}\n";
    }
}
