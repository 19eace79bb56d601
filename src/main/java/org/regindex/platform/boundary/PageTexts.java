package org.regindex.platform.boundary;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts a backing bean tells the person, from the pages' bundle and in the language of the page they come from:
 * the view's locale, which the page shell sets from the Language bean and by which {@code #{msg}} reads its texts.
 */
public final class PageTexts {

    /** The bundle of every page, which faces-config.xml names {@code msg}. */
    public static final String BUNDLE = "org.regindex.i18n.messages";

    private PageTexts() {}

    /** The text of a key with its {0}, {1}... filled in. */
    public static String text(String key, Object... arguments) {
        Locale locale = locale();
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot view = faces == null ? null : faces.getViewRoot();
        return view == null || view.getLocale() == null ? Locale.ENGLISH : view.getLocale();
    }
}
