package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regindex.platform.boundary.Problem;
import org.regindex.platform.entity.Refusal;

class ProblemTest {

    static class SomethingRefused extends Refusal {
        private static final long serialVersionUID = 1L;

        SomethingRefused(Kind kind) {
            super(kind, "SomethingRefused", "A plain sentence.");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "INVALID, 400",
        "NOT_SIGNED_IN, 401",
        "FORBIDDEN, 403",
        "NOT_FOUND, 404",
        "CONFLICT, 409",
        "UNAVAILABLE, 503"
    })
    void aRefusalBecomesAProblemNamedForItsCondition(Refusal.Kind kind, int status) {
        Problem problem = Problem.of(new SomethingRefused(kind));
        assertEquals(status, problem.status());
        assertEquals("urn:regindex:problem:SomethingRefused", problem.type());
        assertEquals("A plain sentence.", problem.detail());
        assertEquals(kind.title, problem.title());
    }
}
