package org.regindex.publication.control;

import org.regindex.platform.entity.Refusal;

/** The open data knows a region only from the releases published with it: to the API it is an unknown region. */
public class UnpublishedRegion extends Refusal {
    private static final String CONDITION = "UnknownRegion"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public UnpublishedRegion(String code) {
        super(Kind.NOT_FOUND, CONDITION, "No published release has a region with code " + code + ".");
    }
}
