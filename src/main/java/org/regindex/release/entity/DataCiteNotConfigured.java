package org.regindex.release.entity;

import org.regindex.platform.entity.Refusal;

/** A DOI registration was asked for, but this installation has no DataCite account configured. */
public class DataCiteNotConfigured extends Refusal {
    private static final String CONDITION = "DataCiteNotConfigured"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public DataCiteNotConfigured(String message) {
        super(Kind.CONFLICT, CONDITION, message);
    }
}
