package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.regindex.platform.entity.PublicSite;
import org.regindex.publication.control.Robots;
import org.regindex.publication.control.Sitemap;
import org.regindex.release.TestFacts;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The sitemap lists every public page of a release by its absolute address; robots.txt closes what is not public. */
class SitemapAndRobotsTest {

    static List<String> locs(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertEquals(Sitemap.NAMESPACE, document.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", document.getDocumentElement().getLocalName());
        NodeList locs = document.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        return urls;
    }

    @Test
    void everyPublicPageOfAReleaseByItsAbsoluteAddressWithTheDayItWasPublished() throws Exception {
        List<Sitemap.Page> pages = Sitemap.pages(TestFacts.published(), TestFacts.content());
        byte[] xml = Sitemap.xml(pages);
        assertEquals(
                List.of(
                        "https://regindex.example/releases/1.0",
                        "https://regindex.example/explore/compare.xhtml?release=1.0",
                        "https://regindex.example/explore/compare.xhtml?release=1.0&axis=area",
                        "https://regindex.example/explore/side-by-side.xhtml?release=1.0",
                        "https://regindex.example/explore/region.xhtml?release=1.0&region=ES51",
                        "https://regindex.example/explore/region.xhtml?release=1.0&region=ITF3",
                        "https://regindex.example/explore/region.xhtml?release=1.0&region=SE22",
                        "https://regindex.example/explore/indicator.xhtml?release=1.0&indicator=L1",
                        "https://regindex.example/explore/indicator.xhtml?release=1.0&indicator=E1"),
                locs(xml));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("release=1.0&amp;axis=area"), "an ampersand is escaped in XML");
        assertTrue(text.contains("<lastmod>2027-01-02</lastmod>"), text);
        assertEquals(9, text.split("<lastmod>2027-01-02</lastmod>", -1).length - 1);
    }

    @Test
    void oneSitemapListsAtMostFiftyThousandAddresses() throws Exception {
        List<Sitemap.Page> pages =
                Collections.nCopies(Sitemap.MAX_URLS + 5, new Sitemap.Page("https://regindex.example/", null));
        assertEquals(Sitemap.MAX_URLS, locs(Sitemap.xml(pages)).size());
    }

    @Test
    void robotsCloseTheSignedInPagesAndTheApiButItsOpenDataAndNameTheSitemap() {
        assertEquals("""
                User-agent: *
                Allow: /api/v1/releases
                Disallow: /api/
                Disallow: /app/
                Disallow: /Callback

                Sitemap: https://regindex.example/sitemap.xml
                """, Robots.text(TestFacts.SITE));
        String underAPath = Robots.text(new PublicSite("https://example.org/index/"));
        assertTrue(underAPath.contains("Disallow: /index/app/\n"), underAPath);
        assertTrue(underAPath.contains("Allow: /index/api/v1/releases\n"), underAPath);
        assertTrue(underAPath.endsWith("Sitemap: https://example.org/index/sitemap.xml\n"), underAPath);
    }
}
