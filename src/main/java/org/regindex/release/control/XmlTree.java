package org.regindex.release.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Building and writing an XML document with the JDK's DOM: children in their parent's namespace, text
 * and attributes escaped by the serializer, UTF-8, indented; external DTDs and stylesheets never loaded.
 */
final class XmlTree {

    private XmlTree() {}

    static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        parent.appendChild(child);
        return child;
    }

    /** A child with text (none when null) and attributes as name, value pairs; "xml:lang" is in the XML namespace. */
    static Element add(Element parent, String name, String text, String... attributes) {
        Element child = add(parent, name);
        if (text != null) {
            child.setTextContent(clean(text));
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null || attributes[i + 1].isBlank()) {
                continue;
            }
            if (attributes[i].startsWith("xml:")) {
                child.setAttributeNS(XMLConstants.XML_NS_URI, attributes[i], clean(attributes[i + 1]));
            } else {
                child.setAttribute(attributes[i], clean(attributes[i + 1]));
            }
        }
        return child;
    }

    /** Drops the characters XML 1.0 cannot represent at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] write(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            // the declaration is written here: the JDK's serializer puts none or runs it into the root element
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Writing DataCite XML: " + e.getMessage(), e);
        }
    }
}
