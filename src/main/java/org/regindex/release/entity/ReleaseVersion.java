package org.regindex.release.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code MAJOR.MINOR}: a new cycle or codebook starts the next major; a correction adds one to the minor. */
public record ReleaseVersion(int major, int minor) implements Comparable<ReleaseVersion> {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public static ReleaseVersion parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            return null;
        }
        return new ReleaseVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public ReleaseVersion nextMinor() {
        return new ReleaseVersion(major, minor + 1);
    }

    @Override
    public int compareTo(ReleaseVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
