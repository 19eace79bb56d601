package org.regindex.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Finds the text a page writes in itself instead of taking it from the bundle: a text node with letters outside EL, a
 * user-facing attribute with letters outside EL, or a string with letters that EL shows (a branch of {@code ? :} or an
 * argument of {@code concat}). Attributes that are not read by people (ids, style classes, icons, addresses, actions)
 * are not looked at: only the attributes named here are.
 */
final class PageTexts {

    /** The attributes whose value people read (or hear, for aria-label). Compared without a namespace prefix. */
    static final Set<String> USER_FACING = Set.of(
            "value",
            "label",
            "title",
            "alt",
            "placeholder",
            "header",
            "headerText",
            "footerText",
            "ariaHeaderText",
            "ariaLabel",
            "aria-label",
            "requiredMessage",
            "validatorMessage",
            "converterMessage",
            "emptyMessage",
            "itemLabel",
            "noSelectionLabel",
            "expandLabel",
            "collapseLabel",
            "message",
            "yesButtonLabel",
            "noButtonLabel",
            "counterTemplate",
            "hint",
            "summary");

    /** An address (/api/v1/releases/#{version}) is not text to translate. */
    private static final Pattern ADDRESS = Pattern.compile("(https?://|/)\\S*");

    private PageTexts() {}

    /** The Facelets files under a folder. */
    static List<Path> pages(Path folder) throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> p.toString().endsWith(".xhtml")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** Every literal text of a page, as "where: text". */
    static List<String> literals(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        Document document = factory.newDocumentBuilder().parse(page.toFile());
        List<String> found = new ArrayList<>();
        visit(document.getDocumentElement(), found);
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            check("text in <" + node.getParentNode().getNodeName() + ">", node.getNodeValue(), found);
        } else if (node.getNodeType() == Node.ELEMENT_NODE) {
            Element element = (Element) node;
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String name = attribute.getNodeName();
                String local = name.substring(name.indexOf(':') + 1);
                if (USER_FACING.contains(local) && !isIdParameter(element, local)) {
                    check(element.getNodeName() + " " + name, attribute.getNodeValue(), found);
                }
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                visit(child, found);
            }
        }
    }

    /** {@code <ui:param name="tableId" value="...">}: the value of a parameter named ...Id is an id. */
    private static boolean isIdParameter(Element element, String attribute) {
        return attribute.equals("value")
                && element.getNodeName().endsWith(":param")
                && element.getAttribute("name").endsWith("Id");
    }

    private static void check(String where, String text, List<String> found) {
        Expressions split = Expressions.of(text);
        if (hasLetters(split.outside())
                && !ADDRESS.matcher(split.outside().strip()).matches()) {
            found.add(where + ": " + text.strip());
        }
        for (String shown : split.shownStrings()) {
            if (hasLetters(shown)) {
                found.add(where + ": '" + shown + "' in EL");
            }
        }
    }

    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** A text split into its EL expressions ({@code #{...}}, {@code ${...}}) and what is outside them. */
    record Expressions(String outside, List<String> shownStrings) {

        static Expressions of(String text) {
            StringBuilder outside = new StringBuilder();
            List<String> shown = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if ((c == '#' || c == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                    i = expression(text, i + 2, shown);
                } else {
                    outside.append(c);
                    i++;
                }
            }
            return new Expressions(outside.toString(), shown);
        }

        /** Reads an expression from start to its closing brace; returns the index after it. */
        private static int expression(String text, int start, List<String> shown) {
            int i = start;
            while (i < text.length() && text.charAt(i) != '}') {
                char c = text.charAt(i);
                if (c == '\'' || c == '"') {
                    int end = i + 1;
                    while (end < text.length() && text.charAt(end) != c) {
                        end += text.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (isShown(text.substring(start, i))) {
                        shown.add(text.substring(i + 1, Math.min(end, text.length())));
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return i + 1;
        }

        /** A string is shown when it is a branch of a choice or is concatenated to a text. */
        private static boolean isShown(String before) {
            String preceding = before.stripTrailing();
            return preceding.endsWith("?") || preceding.endsWith(":") || preceding.endsWith("concat(");
        }
    }
}
