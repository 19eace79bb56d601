package org.regindex.publication.control;

/**
 * Code a reader copies to load a release in R, Python or Stata from its absolute addresses: each downloads the
 * canonical content, checks that its SHA-256 is the release's digest, then loads the scores table (one row per
 * region, each naming the digest) and says how many rows it has. The Python one needs nothing but the standard library.
 */
public final class LoadSnippets {

    /** The three snippets of one release. */
    public record Snippets(String python, String r, String stata) {}

    private LoadSnippets() {}

    /**
     * The snippets of a release with this digest, the address of its canonical content (content.json, whose SHA-256
     * is the digest) and that of its scores table (CSV, UTF-8 with a byte-order mark).
     */
    public static Snippets of(String digest, String canonicalUrl, String scoresUrl) {
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A digest is 64 hexadecimal digits, not " + digest);
        }
        return new Snippets(
                python(digest, quoted(canonicalUrl), quoted(scoresUrl)),
                r(digest, quoted(canonicalUrl), quoted(scoresUrl)),
                stata(digest, quoted(canonicalUrl), quoted(scoresUrl)));
    }

    private static String python(String digest, String canonical, String scores) {
        return """
                import csv, hashlib, io, urllib.request

                def get(url):
                    with urllib.request.urlopen(url) as response:
                        return response.read()

                digest = "%1$s"
                if hashlib.sha256(get(%2$s)).hexdigest() != digest:
                    raise SystemExit("digest mismatch: this is not the release cited")
                print("digest OK")
                scores = list(csv.DictReader(io.StringIO(get(%3$s).decode("utf-8-sig"))))
                assert all(row["digest"] == digest for row in scores)
                print(len(scores), "rows")
                """.formatted(digest, canonical, scores);
    }

    /** {@code tools::sha256sum} is in R from 4.5.0 on. */
    private static String r(String digest, String canonical, String scores) {
        return """
                digest <- "%1$s"
                content <- tempfile(fileext = ".json")
                download.file(%2$s, content, mode = "wb", quiet = TRUE)
                if (unname(tools::sha256sum(content)) != digest) stop("digest mismatch: this is not the release cited")
                message("digest OK")
                scores <- read.csv(%3$s, fileEncoding = "UTF-8-BOM", check.names = FALSE)
                stopifnot(all(scores$digest == digest))
                nrow(scores)
                """.formatted(digest, canonical, scores);
    }

    /** Stata has no SHA-256 of its own: the check runs in its Python (Stata 16 or later). */
    private static String stata(String digest, String canonical, String scores) {
        return """
                python:
                import hashlib, urllib.request
                with urllib.request.urlopen(%2$s) as response:
                    if hashlib.sha256(response.read()).hexdigest() != "%1$s":
                        raise SystemExit("digest mismatch: this is not the release cited")
                print("digest OK")
                end
                copy %3$s scores.csv, replace
                import delimited using scores.csv, varnames(1) encoding("utf-8") stringcols(2) clear
                assert digest == "%1$s"
                count
                """.formatted(digest, canonical, scores);
    }

    /** A URL as a double-quoted string literal of all three languages: PublicSite's addresses have no quote in them. */
    private static String quoted(String url) {
        if (!url.matches("https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+")) {
            throw new IllegalArgumentException("Not an address to quote: " + url);
        }
        return "\"" + url + "\"";
    }
}
