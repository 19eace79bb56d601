package org.regindex.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.regindex.identity.control.NotSignedIn;

/**
 * Secure by default: an operation not marked {@link OpenData} refuses an anonymous caller with 401
 * before its body is read, so that what such a caller sends is never parsed. Roles and regions are
 * checked later by the facades.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignInBeforeBody implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null || isOpenData()) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            throw new NotSignedIn();
        }
    }

    private boolean isOpenData() {
        return resource.getResourceMethod().isAnnotationPresent(OpenData.class)
                || resource.getResourceClass().isAnnotationPresent(OpenData.class);
    }
}
