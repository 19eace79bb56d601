package org.regindex.publication.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.regindex.identity.control.Caller;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.control.Texts;
import org.regindex.platform.entity.Countries;
import org.regindex.platform.entity.Languages;

/**
 * The language of the pages: English, Spanish, German, French, Dutch, Italian, Portuguese or Swedish. The address
 * decides first ({@code ?lang=es}); then a signed-in person's session, which remembers the last {@code ?lang};
 * then the cookie {@value #COOKIE} that the language switch sets in the visitor's browser (the server never sets
 * it, so that a public page's answer stays the same for everyone and a shared cache may keep it); then the
 * account language (chosen in Keycloak, its {@code locale} claim); then the browser's preference. Read once per
 * request; it never creates a session.
 */
@Named("language")
@RequestScoped
public class Language {

    public static final String BUNDLE = PageTexts.BUNDLE;
    static final List<Locale> SUPPORTED = Texts.SUPPORTED;
    static final String CHOSEN = "regindex.language";
    static final String PARAMETER = "lang";
    static final String COOKIE = "regindex-lang";

    @Inject
    Caller caller;

    private Locale locale;
    private ResourceBundle bundle;

    @PostConstruct
    void decide() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Locale asked = namedByAddress(request);
        HttpSession session = request.getSession(false);
        if (asked != null) {
            if (session != null) {
                session.setAttribute(CHOSEN, asked.getLanguage());
            }
            locale = asked;
        } else {
            Locale remembered = session == null ? null : supported((String) session.getAttribute(CHOSEN));
            Locale chosen = remembered != null ? remembered : supported(cookie(request));
            Locale account = chosen != null || request.getUserPrincipal() == null
                    ? null
                    : caller.language().map(Language::supported).orElse(null);
            locale = chosen != null ? chosen : account != null ? account : preferred(request);
        }
        bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /**
     * The language of a page for a visitor who has not signed in (no session, no account): the address, then the
     * cookie, then the browser's preference.
     */
    static Locale forVisitor(HttpServletRequest request) {
        Locale asked = namedByAddress(request);
        if (asked != null) {
            return asked;
        }
        Locale chosen = supported(cookie(request));
        return chosen != null ? chosen : preferred(request);
    }

    /** The language the address names ({@code ?lang=es}), or null. */
    static Locale namedByAddress(HttpServletRequest request) {
        return supported(request.getParameter(PARAMETER));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return java.util.Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }

    static Locale supported(String tag) {
        return Texts.supported(tag);
    }

    private static Locale preferred(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale match = supported(wanted.getLanguage());
            if (match != null) {
                return match;
            }
        }
        return Locale.ENGLISH;
    }

    public Locale getLocale() {
        return locale;
    }

    /** For {@code <html lang>}. */
    public String getTag() {
        return locale.toLanguageTag();
    }

    /** The languages the switch offers, by tag, in its order. */
    public List<String> getSupported() {
        return SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    /** A language by name in the page's language ("Deutsch" for de on a German page). */
    public String name(String tag) {
        return Languages.name(tag, locale);
    }

    /** A region's country by name in the page's language ("España" for ES). */
    public String country(String code) {
        return Countries.name(code, locale);
    }

    public boolean is(String language) {
        return locale.getLanguage().equals(language);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** The text of a key with its {0} filled in, in the page's language (EL resolves overloads by arity, not varargs). */
    public String format(String key, Object first) {
        return message(key, first);
    }

    public String format(String key, Object first, Object second) {
        return message(key, first, second);
    }

    public String format(String key, Object first, Object second, Object third) {
        return message(key, first, second, third);
    }

    /** The text of a key with its {0}, {1}... filled in, in the page's language. */
    public String message(String key, Object... arguments) {
        return PageTexts.format(bundle.getString(key), locale, arguments);
    }

    /** The address of this page in another language: the same path and parameters, with {@code lang} set. */
    public String switchTo(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path;
        String query;
        if (original != null) {
            path = original.toString();
            query = null;
        } else if (forwarded != null) {
            // A landing page (/releases/1.0) keeps its own address.
            path = forwarded.toString();
            query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        } else {
            path = request.getRequestURI();
            query = request.getQueryString();
        }
        String kept = query == null
                ? ""
                : java.util.Arrays.stream(query.split("&"))
                        .filter(pair -> !pair.isEmpty() && !pair.startsWith(PARAMETER + "="))
                        .collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "="
                + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }
}
