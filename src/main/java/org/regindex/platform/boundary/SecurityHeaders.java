package org.regindex.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.platform.control.SecurityPolicy;

/**
 * Puts the security headers on a response. PrimeFaces (in CSP mode) writes its own Content-Security-Policy with the
 * page's nonce while it renders; {@link #guard} replaces that header by ours, carrying the same nonce.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    @ConfigProperty(name = "public.base.url")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "oidc.provider.uri")
    String signInProvider;

    @Inject
    @ConfigProperty(name = "security.embeddable.paths")
    String embeddablePaths;

    private SecurityPolicy policy;

    @PostConstruct
    void readPolicy() {
        policy = SecurityPolicy.of(publicBaseUrl, signInProvider, embeddablePaths);
    }

    public SecurityPolicy policy() {
        return policy;
    }

    /** Sets every header (again), for a response without a script nonce. */
    public void apply(HttpServletRequest request, HttpServletResponse response) {
        apply(path(request), null, response);
    }

    /** The response as the rest of the chain sees it: headers set, and a later CSP header of PrimeFaces made ours. */
    public HttpServletResponse guard(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request);
        apply(path, null, response);
        return new Guarded(response, path);
    }

    private void apply(String path, String nonce, HttpServletResponse response) {
        if (!response.isCommitted()) {
            policy.headers(path, nonce).forEach(response::setHeader);
        }
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private final class Guarded extends HttpServletResponseWrapper {

        private final String path;
        private String nonce;

        Guarded(HttpServletResponse response, String path) {
            super(response);
            this.path = path;
        }

        @Override
        public void setHeader(String name, String value) {
            if (SecurityPolicy.CSP.equalsIgnoreCase(name)) {
                takeNonce(value);
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityPolicy.CSP.equalsIgnoreCase(name)) {
                takeNonce(value);
            } else {
                super.addHeader(name, value);
            }
        }

        private void takeNonce(String policyOfPrimeFaces) {
            String found = SecurityPolicy.nonceIn(policyOfPrimeFaces);
            if (found != null) {
                nonce = found;
            }
            super.setHeader(SecurityPolicy.CSP, policy.contentSecurityPolicy(path, nonce));
        }

        /** A reset (an error page, a download) drops every header: they come back. */
        @Override
        public void reset() {
            super.reset();
            apply(path, nonce, (HttpServletResponse) getResponse());
        }
    }
}
