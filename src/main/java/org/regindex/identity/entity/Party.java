package org.regindex.identity.entity;

/**
 * A person or an organisation credited for a release. A person has a family name (and usually a given
 * name); an organisation has only its {@code name}. Empty strings, never null, for what is not known.
 */
public record Party(String name, String givenName, String familyName, String affiliation, String orcid) {

    public Party {
        name = strip(name);
        givenName = strip(givenName);
        familyName = strip(familyName);
        affiliation = strip(affiliation);
        orcid = strip(orcid);
        if (name.isEmpty()) {
            name = (givenName + " " + familyName).strip();
        }
        if (name.isEmpty()) {
            throw new InvalidParty("A credited person or organisation needs a name.");
        }
        if (!orcid.isEmpty() && !orcid.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]")) {
            throw new InvalidParty("An ORCID iD reads like 0000-0002-1825-0097, not \"" + orcid + "\".");
        }
    }

    public static Party organisation(String name) {
        return new Party(name, "", "", "", "");
    }

    public boolean person() {
        return !familyName.isEmpty();
    }

    /** "Family, Given" for a person, the name of an organisation: how citations list authors. */
    public String invertedName() {
        if (!person()) {
            return name;
        }
        return givenName.isEmpty() ? familyName : familyName + ", " + givenName;
    }

    public String orcidUrl() {
        return orcid.isEmpty() ? "" : "https://orcid.org/" + orcid;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
