package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regindex.identity.boundary.SignInCallbackServlet;

class SignInCallbackServletTest {

    @ParameterizedTest
    @ValueSource(strings = {"/app/home.xhtml", "/app/coordinator/regions.xhtml?x=1", "/"})
    void pathsInsideTheApplicationAreFollowed(String target) {
        assertTrue(SignInCallbackServlet.isLocalPath(target));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"//evil.example/x", "http://evil.example/", "/\\evil.example", "app/home.xhtml", ""})
    void anythingElseFallsBackToTheHomePage(String target) {
        assertFalse(SignInCallbackServlet.isLocalPath(target));
    }
}
