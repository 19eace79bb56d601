package org.regindex.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Security headers on every response: pages, API, static resources and error pages (their dispatch included). Mapped
 * in {@code web.xml}, first of the filters.
 */
public class SecurityHeaderFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NONCE_PARAMETER = "primefaces.nonce";

    @Inject
    SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(withNonce(request), headers.guard(request, response));
    }

    /**
     * PrimeFaces' AJAX requests carry the page's nonce. One without it (never sent by a browser, only forged) whose view
     * cannot be restored made PrimeFaces fail while it answered with the expired page; with a fresh nonce it answers as
     * before. A request whose view holds a nonce is still refused when the two differ.
     */
    private static HttpServletRequest withNonce(HttpServletRequest request) {
        String type = request.getContentType();
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))
                || type == null
                || !type.startsWith("application/x-www-form-urlencoded")
                || request.getParameter(NONCE_PARAMETER) != null) {
            return request;
        }
        String nonce =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return NONCE_PARAMETER.equals(name) ? nonce : super.getParameter(name);
            }

            @Override
            public java.util.Map<String, String[]> getParameterMap() {
                java.util.Map<String, String[]> parameters = new java.util.HashMap<>(super.getParameterMap());
                parameters.put(NONCE_PARAMETER, new String[] {nonce});
                return parameters;
            }
        };
    }
}
