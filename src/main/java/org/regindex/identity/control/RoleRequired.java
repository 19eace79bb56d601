package org.regindex.identity.control;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.regindex.identity.entity.Role;
import org.regindex.platform.entity.Refusal;

public class RoleRequired extends Refusal {
    private static final String CONDITION = "RoleRequired"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public RoleRequired(Role... anyOf) {
        super(
                Kind.FORBIDDEN,
                CONDITION,
                "Only a "
                        + Arrays.stream(anyOf)
                                .map(Role::label)
                                .map(String::toLowerCase)
                                .collect(Collectors.joining(" or "))
                        + " may do this.");
    }
}
