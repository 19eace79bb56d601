package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.BodyBinding;

class BodyBindingTest {

    @Test
    void aBindingFailureNamesTheFieldsItWasInside() {
        JsonbException inner = new JsonbException(
                "Unable to deserialize property 'citation' because of: Error deserialize JSON value into type: class java.lang.String.");
        JsonbException outer = new JsonbException("Unable to deserialize property 'sources' because of: ...", inner);
        Optional<String> sentence = BodyBinding.refusal(new RuntimeException("wrapped", outer));
        assertTrue(sentence.orElseThrow().startsWith("The field \"sources.citation\" does not have the type"));
    }

    @Test
    void aBindingFailureWithoutAPropertyNamesTheBody() {
        JsonbException failure =
                new JsonbException("Cannot create instance of a class: Foo, No default constructor found.");
        assertTrue(BodyBinding.refusal(failure).orElseThrow().startsWith("The body does not have the type"));
    }

    @Test
    void otherFailuresAreNotBindingFailures() {
        assertEquals(Optional.empty(), BodyBinding.refusal(new IllegalStateException("property 'x' is odd")));
        assertEquals(Optional.empty(), BodyBinding.refusal(new NullPointerException()));
    }

    @Test
    void aSelfCausedFailureEnds() {
        Throwable odd = new Throwable("property 'x'") {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertEquals(Optional.empty(), BodyBinding.refusal(odd));
    }
}
