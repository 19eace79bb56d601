package org.regindex.publication.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.regindex.platform.entity.PublicSite;
import org.regindex.publication.control.Robots;
import org.regindex.publication.control.Sitemap;
import org.regindex.release.boundary.ReleaseDesk;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseFacts;

/**
 * {@code /sitemap.xml}: the home and every public page of every published release, newest release first; and
 * {@code /robots.txt}, which names it. Both are for everyone and change when a release is published or withdrawn.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/robots.txt"})
public class SiteFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final int MAX_AGE = 3600;

    @Inject
    transient Explorer explorer;

    @Inject
    transient ReleaseDesk desk;

    @Inject
    transient PublicSite site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        if ("/robots.txt".equals(request.getServletPath())) {
            response.setContentType(Robots.MEDIA_TYPE);
            body = Robots.text(site).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType(Sitemap.MEDIA_TYPE);
            body = Sitemap.xml(pages());
        }
        response.setHeader("Cache-Control", "max-age=" + MAX_AGE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private List<Sitemap.Page> pages() {
        List<Release> published = explorer.published();
        List<Sitemap.Page> pages = new ArrayList<>();
        pages.add(new Sitemap.Page(
                site.url("/"),
                published.isEmpty() ? null : desk.facts(published.get(0)).date()));
        for (Release release : published) {
            ReleaseFacts facts = desk.facts(release);
            pages.addAll(Sitemap.pages(facts, desk.content(release)));
        }
        return pages;
    }
}
