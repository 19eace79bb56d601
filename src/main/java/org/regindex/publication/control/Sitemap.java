package org.regindex.publication.control;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.regindex.platform.entity.PublicSite;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * The sitemap (sitemaps.org 0.9) of the public site: the home, and every public page of every published release as
 * the explorer links them: its landing page, the comparison on each axis, side by side, and each region's and each
 * indicator's page. Addresses are absolute, from {@link PublicSite}; {@code lastmod} is the day of publication.
 */
public final class Sitemap {

    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String MEDIA_TYPE = "application/xml";
    /** What one sitemap may list. */
    public static final int MAX_URLS = 50_000;

    /** One page: its absolute address and the day it last changed (yyyy-mm-dd). */
    public record Page(String url, String lastModified) {}

    private Sitemap() {}

    /** The public pages of one published release. */
    public static List<Page> pages(ReleaseFacts facts, ReleaseContent content) {
        PublicSite site = facts.site();
        String day = facts.date();
        String release = "?release=" + encoded(facts.version());
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(facts.landingUrl(), day));
        pages.add(new Page(site.url("explore/compare.xhtml" + release), day));
        for (ReleaseContent.Axis axis : content.axes()) {
            pages.add(new Page(site.url("explore/compare.xhtml" + release + "&axis=" + encoded(axis.code())), day));
        }
        pages.add(new Page(site.url("explore/side-by-side.xhtml" + release), day));
        for (ReleaseContent.Region region : content.regions()) {
            pages.add(new Page(site.url("explore/region.xhtml" + release + "&region=" + encoded(region.code())), day));
        }
        for (ReleaseContent.Indicator indicator : content.indicators()) {
            pages.add(new Page(
                    site.url("explore/indicator.xhtml" + release + "&indicator=" + encoded(indicator.code())), day));
        }
        return pages;
    }

    /** The sitemap document; past {@link #MAX_URLS} pages the rest are left out (the oldest, when given newest first). */
    public static byte[] xml(List<Page> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (Page page : pages.subList(0, Math.min(pages.size(), MAX_URLS))) {
                xml.writeStartElement("url");
                element(xml, "loc", page.url());
                if (page.lastModified() != null) {
                    element(xml, "lastmod", page.lastModified());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
