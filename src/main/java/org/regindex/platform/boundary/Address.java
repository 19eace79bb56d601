package org.regindex.platform.boundary;

import jakarta.faces.context.FacesContext;

/** The query parameters of the address that opened a page, e.g. {@code cycle.xhtml?code=2026}. */
public final class Address {

    private Address() {}

    /** The parameter's value without surrounding blanks, or null when the address has none. */
    public static String parameter(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
