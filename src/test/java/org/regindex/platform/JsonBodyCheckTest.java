package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.JsonBodyCheck;
import org.regindex.platform.entity.InvalidBody;
import org.regindex.platform.entity.Refusal;

class JsonBodyCheckTest {

    private final JsonBodyCheck check = new JsonBodyCheck(64);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void wellFormedJsonInUtf8Passes() {
        assertDoesNotThrow(() -> check.check(utf8("{\"option\":\"a\",\"sources\":[{\"citation\":\"Ley 4/2000\"}]}")));
        assertDoesNotThrow(() -> check.check(utf8("[1, 2, \"drei\"]")));
        assertDoesNotThrow(() -> check.check(utf8("  {\"name\":\"Región de Murcia — Ελλάδα\"}\n")));
    }

    @Test
    void truncatedJsonIsRefusedWithItsPosition() {
        InvalidBody refusal =
                assertThrows(InvalidBody.class, () -> check.check(utf8("{\"option\":\"a\",\"version\":")));
        assertEquals(Refusal.Kind.INVALID, refusal.kind());
        assertTrue(refusal.getMessage().contains("not valid JSON at line 1, column"), refusal.getMessage());
    }

    @Test
    void malformedJsonInsideAnObjectIsRefusedWithItsLine() {
        InvalidBody refusal = assertThrows(InvalidBody.class, () -> check.check(utf8("{\n\"a\": 1,\n\"b\": tru\n}")));
        assertTrue(refusal.getMessage().contains("line 3"), refusal.getMessage());
    }

    @Test
    void twoValuesAreRefused() {
        InvalidBody refusal = assertThrows(InvalidBody.class, () -> check.check(utf8("{} {}")));
        assertTrue(refusal.getMessage().contains("not valid JSON at line 1, column 4"), refusal.getMessage());
    }

    @Test
    void aBodyThatIsNoObjectOrListIsRefused() {
        for (String scalar : new String[] {"null", "42", "\"text\"", "true"}) {
            InvalidBody refusal = assertThrows(InvalidBody.class, () -> check.check(utf8(scalar)));
            assertTrue(refusal.getMessage().contains("single JSON value"), scalar + ": " + refusal.getMessage());
        }
    }

    @Test
    void aNullInsideAListIsRefusedWithItsPlaceAndNullFieldsPass() {
        InvalidBody refusal =
                assertThrows(InvalidBody.class, () -> check.check(utf8("{\"sources\":[{\"url\":null},\n null]}")));
        assertTrue(refusal.getMessage().contains("holds null at line 2"), refusal.getMessage());
        assertThrows(InvalidBody.class, () -> check.check(utf8("[[1], [null]]")));
        assertDoesNotThrow(() -> check.check(utf8("{\"option\":null,\"sources\":[{\"url\":null}]}")));
    }

    @Test
    void emptyBodiesAreRefused() {
        assertThrows(InvalidBody.class, () -> check.check(new byte[0]));
        assertThrows(InvalidBody.class, () -> check.check(utf8("  \n")));
    }

    @Test
    void invalidUtf8IsRefusedWithTheOffsetOfTheFirstBadByte() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        InvalidBody refusal = assertThrows(InvalidBody.class, () -> check.check(body));
        assertTrue(refusal.getMessage().contains("not valid UTF-8 (byte 6"), refusal.getMessage());
    }

    @Test
    void overlongEncodingsAndLoneSurrogatesAreNotUtf8() {
        byte[] overlongSlash = {'"', (byte) 0xC0, (byte) 0xAF, '"'};
        byte[] encodedSurrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThrows(InvalidBody.class, () -> check.check(overlongSlash));
        assertThrows(InvalidBody.class, () -> check.check(encodedSurrogate));
    }

    @Test
    void bodiesUpToTheLimitAreReadWholeAndLargerOnesRefused() throws IOException {
        byte[] atLimit = new byte[64];
        assertArrayEquals(atLimit, check.read(new ByteArrayInputStream(atLimit)));
        InvalidBody refusal = assertThrows(InvalidBody.class, () -> check.read(new ByteArrayInputStream(new byte[65])));
        assertEquals(Refusal.Kind.TOO_LARGE, refusal.kind());
        assertEquals(413, refusal.kind().status);
    }

    @Test
    void aLargerBodyIsRefusedWithoutBeingReadToItsEnd() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }
        };
        assertThrows(InvalidBody.class, () -> check.read(endless));
        assertTrue(served[0] < 64 + 8192 + 1, "read " + served[0] + " bytes");
    }
}
