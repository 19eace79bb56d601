package org.regindex.release.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.ReleaseStateConflict;
import org.regindex.release.entity.ReleaseVersion;
import org.regindex.release.entity.UnknownRelease;

/** Queries and storage of release headers, and their content through {@link ReleaseStore}. */
@ApplicationScoped
public class Releases {

    @PersistenceContext
    EntityManager em;

    public List<Release> all() {
        return em.createQuery("select r from Release r order by r.major desc, r.minor desc", Release.class)
                .getResultList();
    }

    public List<Release> published() {
        return em.createQuery(
                        "select r from Release r where r.state <> :draft order by r.major desc, r.minor desc",
                        Release.class)
                .setParameter("draft", ReleaseState.DRAFT)
                .getResultList();
    }

    /**
     * One page of releases, newest version first, drafts only {@code withDrafts}; the cursor's key is the
     * major and minor number of the last release of the previous page.
     */
    public Page<Release> page(boolean withDrafts, PageRequest page) {
        List<Long> after = page.afterNumbers(2);
        StringBuilder jpql = new StringBuilder("select r from Release r where 1 = 1");
        if (!withDrafts) {
            jpql.append(" and r.state <> :draft");
        }
        if (after != null) {
            jpql.append(" and (r.major < :major or (r.major = :major and r.minor < :minor))");
        }
        TypedQuery<Release> query = em.createQuery(
                        jpql.append(" order by r.major desc, r.minor desc").toString(), Release.class)
                .setMaxResults(page.fetch());
        if (!withDrafts) {
            query.setParameter("draft", ReleaseState.DRAFT);
        }
        if (after != null) {
            query.setParameter("major", after.get(0).intValue());
            query.setParameter("minor", after.get(1).intValue());
        }
        return page.page(
                query.getResultList(),
                r -> List.of(
                        Integer.toString(r.number().major()),
                        Integer.toString(r.number().minor())));
    }

    public Release byVersion(String version) {
        return find(version).orElseThrow(() -> new UnknownRelease("There is no release " + version + "."));
    }

    public Optional<Release> find(String version) {
        return em.createQuery("select r from Release r where r.version = :version", Release.class)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    public List<Release> ofCycle(String cycleCode) {
        return em.createQuery("select r from Release r where r.cycleCode = :cycle order by r.minor desc", Release.class)
                .setParameter("cycle", cycleCode)
                .getResultList();
    }

    /** The version a new release of this cycle gets (see {@link NextVersion}). */
    public ReleaseVersion nextFor(String cycleCode) {
        return NextVersion.of(
                ofCycle(cycleCode),
                () -> em.createQuery("select max(r.major) from Release r", Integer.class)
                        .getSingleResult());
    }

    /** The published release a new one of the cycle corrects, if any. */
    public Optional<Release> latestPublished(String cycleCode) {
        return ofCycle(cycleCode).stream()
                .filter(r -> r.state() == ReleaseState.PUBLISHED)
                .findFirst();
    }

    public Release add(Release release) {
        em.persist(release);
        em.flush();
        return release;
    }

    public void discard(Release release) {
        if (release.state() != ReleaseState.DRAFT) {
            throw new ReleaseStateConflict("Release " + release.version() + " is "
                    + release.state().name().toLowerCase(Locale.ROOT) + "; only a draft can be discarded.");
        }
        em.remove(release);
        em.flush();
    }

    public static ReleaseContent.Header header(Release release) {
        return new ReleaseContent.Header(
                release.version(),
                release.title(),
                release.notes(),
                release.cycleCode(),
                release.cycleName(),
                release.codebookCode(),
                release.codebookVersion(),
                release.codebookTitle(),
                release.aggregation(),
                release.correctsVersion(),
                release.recordsConfidence(),
                release.recordsReplies(),
                release.recordsEvidence());
    }
}
