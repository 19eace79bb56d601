package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.BodyShape;
import org.regindex.platform.entity.InvalidBody;

class BodyShapeTest {

    enum Kind {
        COMMENT,
        CHANGE_REQUESTED
    }

    record Source(String citation, String url) {}

    record Answer(
            String option,
            boolean notApplicable,
            Integer version,
            long count,
            Kind kind,
            List<Source> sources,
            @JsonbProperty("cc") String carbonCopy) {}

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static String refusal(String body) {
        return refusal(body, Answer.class);
    }

    private static String refusal(String body, Type type) {
        return assertThrows(InvalidBody.class, () -> BodyShape.check(json(body), type))
                .getMessage();
    }

    @Test
    void aBodyOfTheRightShapePassesWithNullsAndUnknownFields() {
        assertDoesNotThrow(() -> BodyShape.check(
                json(
                        "{\"option\":\"a\",\"notApplicable\":false,\"version\":3,\"count\":9000000000,"
                                + "\"kind\":\"COMMENT\",\"sources\":[{\"citation\":\"Ley\",\"url\":null}],\"cc\":\"x\",\"extra\":[1]}"),
                Answer.class));
        assertDoesNotThrow(
                () -> BodyShape.check(json("{\"version\":null,\"option\":null,\"version\":2.0}"), Answer.class));
    }

    @Test
    void textForTrueOrFalseIsRefused() {
        assertEquals(
                "The field \"notApplicable\" must be true or false, not text. Nothing was stored.",
                refusal("{\"notApplicable\":\"yes\"}"));
        assertEquals(
                "The field \"notApplicable\" must be true or false, not null. Nothing was stored.",
                refusal("{\"notApplicable\":null}"));
    }

    @Test
    void fractionsAndHugeNumbersForWholeNumbersAreRefused() {
        assertEquals(
                "The field \"version\" must be a whole number, not 1.5. Nothing was stored.",
                refusal("{\"version\":1.5}"));
        assertEquals(
                "The field \"version\" is out of range (-2147483648 to 2147483647): 1E+30. Nothing was stored.",
                refusal("{\"version\":1e30}"));
        assertEquals(
                "The field \"version\" must be a whole number, not text. Nothing was stored.",
                refusal("{\"version\":\"one\"}"));
    }

    @Test
    void numbersAndObjectsForTextAreRefusedAlsoUnderAJsonbName() {
        assertEquals("The field \"option\" must be text, not a number. Nothing was stored.", refusal("{\"option\":1}"));
        assertEquals("The field \"cc\" must be text, not an object. Nothing was stored.", refusal("{\"cc\":{}}"));
    }

    @Test
    void unknownEnumValuesAreRefusedWithTheAllowedOnes() {
        assertEquals(
                "The field \"kind\" must be one of [COMMENT, CHANGE_REQUESTED], not \"PRAISE\". Nothing was stored.",
                refusal("{\"kind\":\"PRAISE\"}"));
    }

    @Test
    void listsAndTheirElementsAreCheckedWithTheirPlace() {
        assertEquals(
                "The field \"sources\" must be a list, not an object. Nothing was stored.",
                refusal("{\"sources\":{}}"));
        assertEquals(
                "The field \"sources[1].url\" must be text, not a list. Nothing was stored.",
                refusal("{\"sources\":[{\"citation\":\"a\"},{\"url\":[]}]}"));
        assertEquals(
                "The field \"sources[0]\" must be an object, not a list. Nothing was stored.",
                refusal("{\"sources\":[[]]}"));
    }

    @Test
    void theBodyItselfMustHaveTheTypesShape() throws NoSuchFieldException {
        assertEquals("The body must be an object, not a list. Nothing was stored.", refusal("[]"));
        Type listOfSources = Holder.class.getDeclaredField("sources").getGenericType();
        assertEquals("The body must be a list, not an object. Nothing was stored.", refusal("{}", listOfSources));
        assertEquals(
                "The field \"[0].citation\" must be text, not true/false. Nothing was stored.",
                refusal("[{\"citation\":true}]", listOfSources));
    }

    static final class Holder {
        List<Source> sources;
    }
}
