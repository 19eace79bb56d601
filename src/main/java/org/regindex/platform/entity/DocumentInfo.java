package org.regindex.platform.entity;

import java.time.Instant;

/**
 * What a workbook says about itself in its document properties. {@code stamp} is its creation and
 * modification time, and the time of every part of the file, so that writing it again gives the same bytes.
 */
public record DocumentInfo(String title, String author, String description, String licence, Instant stamp) {

    /** The earliest time a workbook part can carry. */
    public static final Instant EPOCH = Instant.parse("1980-01-01T00:00:00Z");

    public static final DocumentInfo NONE = new DocumentInfo("", "", "", "", EPOCH);

    public DocumentInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        description = description == null ? "" : description;
        licence = licence == null ? "" : licence;
        stamp = stamp == null || stamp.isBefore(EPOCH) ? EPOCH : stamp;
    }
}
