package org.regindex.publication.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.regindex.platform.control.SecurityPolicy;

/**
 * The interactive API reference at {@code /api/docs}: Swagger UI (from its webjar) reading the OpenAPI document at
 * {@code /openapi}. A servlet, not a Faces page, so that it lives under {@code /api} beside what it describes; its
 * exact mapping wins over the JAX-RS application's {@code /api/*}. The page has no inline script (the site's
 * Content-Security-Policy allows none without a nonce): {@code resources/js/api-docs.js} starts Swagger UI. The
 * policy lets this page alone fetch from the sign-in service, whose discovery document the openIdConnect scheme names.
 */
@WebServlet(SecurityPolicy.API_REFERENCE)
public class ApiReferencePage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String SWAGGER_UI = "/webjars/swagger-ui/5.34.1/";
    static final String DOCUMENT = "/openapi";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        ResourceBundle texts = ResourceBundle.getBundle(Language.BUNDLE, locale);
        String context = request.getContextPath();
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter()
                .write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n"
                        + "<meta charset=\"utf-8\">\n"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        + "<title>" + escape(texts.getString("apiDocs.title")) + "</title>\n"
                        + "<link rel=\"stylesheet\" href=\"" + context + SWAGGER_UI + "swagger-ui.css\">\n"
                        + "</head>\n<body>\n"
                        + "<noscript><p>" + escape(texts.getString("apiDocs.noScript")) + " <a href=\"" + DOCUMENT
                        + "\">" + DOCUMENT + "</a></p></noscript>\n"
                        + "<div id=\"swagger-ui\" data-document=\"" + DOCUMENT + "\"></div>\n"
                        + "<script src=\"" + context + SWAGGER_UI + "swagger-ui-bundle.js\"></script>\n"
                        + "<script src=\"" + context + "/resources/js/api-docs.js\"></script>\n"
                        + "</body>\n</html>\n");
    }

    private static Locale locale(HttpServletRequest request) {
        Locale asked = Language.supported(request.getParameter(Language.PARAMETER));
        if (asked != null) {
            return asked;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale match = Language.supported(wanted.getLanguage());
            if (match != null) {
                return match;
            }
        }
        return Locale.ENGLISH;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
