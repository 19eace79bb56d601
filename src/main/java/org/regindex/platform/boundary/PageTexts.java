package org.regindex.platform.boundary;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.regindex.platform.control.Texts;

/**
 * The texts a backing bean tells the person, from the pages' bundle and in the language of the page they come from:
 * the view's locale, which the page shell sets from the Language bean and by which {@code #{msg}} reads its texts.
 * Every text with placeholders is formatted by ICU's MessageFormat, which knows the plural forms of each language:
 * {@code {0, plural, one {# region} other {# regions}}} takes a number.
 */
public final class PageTexts {

    /** The bundle of every page, which faces-config.xml names {@code msg}. */
    public static final String BUNDLE = Texts.BUNDLE;

    private PageTexts() {}

    /** The text of a key with its {0}, {1}... filled in. */
    public static String text(String key, Object... arguments) {
        return text(pageLocale(), key, arguments);
    }

    /** The text of a key in the given language. */
    public static String text(Locale locale, String key, Object... arguments) {
        return Texts.text(locale, key, arguments);
    }

    /** The one way every page text is formatted, in Java and from the pages (Language). */
    public static String format(String pattern, Locale locale, Object... arguments) {
        return Texts.format(pattern, locale, arguments);
    }

    /** The label of an enum constant: the key is the prefix and the constant's name ({@code state.IN_PROGRESS}). */
    public static String label(String prefix, Enum<?> constant) {
        return text(prefix + "." + constant.name());
    }

    /** The language of the page being answered; English outside a Faces request. */
    public static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot view = faces == null ? null : faces.getViewRoot();
        return view == null || view.getLocale() == null ? Locale.ENGLISH : view.getLocale();
    }
}
