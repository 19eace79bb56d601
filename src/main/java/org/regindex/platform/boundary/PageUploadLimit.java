package org.regindex.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Refuses a page upload that announces more bytes than an import accepts, before any of it is read:
 * 413 with a short page. Without this, the form is parsed up to the servlet's multipart ceiling
 * (web.xml) and the sender sees the connection drop instead of a reason. Clients read an answer only
 * once they have sent their body, so the body is read and thrown away (through a small buffer, up to
 * {@link #MAX_DISCARDED} bytes, beyond which the connection is closed unanswered). The browser's own check
 * (p:validateFile) stops such files before they are sent; this answers clients that skip it.
 */
@WebFilter(servletNames = "Faces")
public class PageUploadLimit extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The form's other fields and the multipart framing around the file. */
    private static final long FORM_ALLOWANCE = 64 * 1024;

    private static final long MAX_DISCARDED = 1024L * 1024 * 1024;

    @Inject
    Uploads uploads;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > uploads.getMaxBytes() + FORM_ALLOWANCE) {
            if (request.getContentLengthLong() > MAX_DISCARDED) {
                response.setHeader("Connection", "close");
            } else {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            response.setStatus(413);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write(
                            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>File too large · Regindex"
                                    + "</title></head><body><h1>The file is too large</h1><p id=\"too-large\">The file is larger than "
                                    + uploads.getMaxSize()
                                    + ", the most this server accepts. Nothing was imported. Go back and choose a smaller file.</p>"
                                    + "</body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
