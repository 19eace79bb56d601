package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pages' own tags: each declared once with a source that exists, and every tag a page uses declared. */
class TagLibraryTest {

    private static final Path WEB = Path.of("src/main/webapp");

    @Test
    void everyTagIsDeclaredOnceWithItsSourceAndEveryUsedTagIsDeclared() throws Exception {
        NodeList tags = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(WEB.resolve("WEB-INF/regindex.taglib.xml").toFile())
                .getElementsByTagName("tag");
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < tags.getLength(); i++) {
            Element tag = (Element) tags.item(i);
            assertEquals(1, tag.getElementsByTagName("tag-name").getLength(), "one name per tag");
            String name = tag.getElementsByTagName("tag-name").item(0).getTextContent();
            assertTrue(declared.add(name), name + " is declared once");
            String source = tag.getElementsByTagName("source").item(0).getTextContent();
            assertTrue(Files.exists(WEB.resolve("WEB-INF").resolve(source)), source);
        }
        Pattern use = Pattern.compile("<(\\w+):(\\w+)");
        Pattern namespace = Pattern.compile("xmlns:(\\w+)=\"urn:regindex:tags\"");
        try (Stream<Path> pages = Files.walk(WEB)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                Matcher prefix = namespace.matcher(text);
                while (prefix.find()) {
                    Matcher used = use.matcher(text);
                    while (used.find()) {
                        if (used.group(1).equals(prefix.group(1))) {
                            assertTrue(declared.contains(used.group(2)), page + " uses " + used.group(0));
                        }
                    }
                }
            }
        }
    }
}
