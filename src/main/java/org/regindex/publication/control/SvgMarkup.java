package org.regindex.publication.control;

/** What the server-drawn charts share: the labelled opening of an SVG element, and text escaped for markup. */
final class SvgMarkup {

    private SvgMarkup() {}

    /** Opens {@code <svg>} with its class, view box and role, labelled by a {@code <title>} with the id {@code id-title}. */
    static void open(StringBuilder svg, String cssClass, String viewBox, String role, String id, String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
                .append(cssClass)
                .append("\" viewBox=\"")
                .append(viewBox)
                .append("\" role=\"")
                .append(role)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
