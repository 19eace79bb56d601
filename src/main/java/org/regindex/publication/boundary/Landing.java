package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.regindex.publication.control.DatasetJsonLd;
import org.regindex.publication.control.LoadSnippets;
import org.regindex.publication.control.ReleaseFile;
import org.regindex.release.boundary.ReleaseDesk;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * What the landing page of a published release and the public home tell machines and the people who load the data:
 * each file with its SHA-256 (from the release's {@code checksums.sha256}, kept with the downloads), the schema.org
 * Dataset, and the snippets that load the release. Descriptions are in the page's language.
 */
@RequestScoped
public class Landing {

    @Inject
    ReleaseDesk desk;

    @Inject
    Published published;

    @Inject
    Explorer explorer;

    @Inject
    Language language;

    public List<ReleaseFile> files(Release release, ReleaseContent content) {
        return ReleaseFile.all(content, desk.facts(release), published.bytes(release, ReleaseExports.Format.CHECKSUMS));
    }

    /** The landing page's JSON-LD. */
    public String releaseJsonLd(Release release, ReleaseContent content, List<ReleaseFile> files) {
        return DatasetJsonLd.script(DatasetJsonLd.release(described(release, content, files)));
    }

    /** The home's JSON-LD: the index, whose data is the newest published release, and every published release. */
    public String indexJsonLd(Release latest, ReleaseContent content) {
        List<DatasetJsonLd.Part> parts = explorer.published().stream()
                .map(r -> new DatasetJsonLd.Part(desk.facts(r), r.title(), description(r)))
                .toList();
        return DatasetJsonLd.script(DatasetJsonLd.index(
                desk.facts(latest).site(),
                language.text("dataset.indexName"),
                language.text("home.intro"),
                described(latest, content, files(latest, content)),
                parts));
    }

    public LoadSnippets.Snippets snippets(Release release) {
        ReleaseFacts facts = desk.facts(release);
        return LoadSnippets.of(
                facts.digest(),
                facts.downloadUrl(ReleaseExports.Format.CANONICAL.name),
                facts.downloadUrl(ReleaseExports.Format.CSV_WIDE.name));
    }

    private DatasetJsonLd.Described described(Release release, ReleaseContent content, List<ReleaseFile> files) {
        return new DatasetJsonLd.Described(
                desk.facts(release), content, files, description(release), language.text("score.overall"));
    }

    private String description(Release release) {
        String description = language.message(
                "dataset.description",
                release.title(),
                release.version(),
                release.cycleName(),
                release.codebookTitle());
        return release.notes() == null || release.notes().isBlank()
                ? description
                : description + " " + release.notes().strip();
    }
}
