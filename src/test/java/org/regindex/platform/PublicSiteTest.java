package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.regindex.platform.entity.PublicSite;

class PublicSiteTest {

    @Test
    void pathsJoinTheBaseWithOneSlashWhateverEitherSideHas() {
        PublicSite site = new PublicSite("https://index.example.org/regindex/");
        assertEquals("https://index.example.org/regindex/releases/1.0", site.release("1.0"));
        assertEquals("https://index.example.org/regindex/sitemap.xml", site.url("/sitemap.xml"));
        assertEquals("https://index.example.org/regindex/sitemap.xml", site.url("sitemap.xml"));
        assertEquals(
                "https://index.example.org/regindex/api/v1/releases/1.10/download/csv-long",
                site.download("1.10", "csv-long"));
        assertTrue(site.secure());
        assertFalse(new PublicSite("http://localhost:8080").secure());
    }

    @Test
    void anAddressWithoutSchemeIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new PublicSite("index.example.org"));
        assertThrows(IllegalArgumentException.class, () -> new PublicSite(null));
    }
}
