package org.regindex.platform.control;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.regindex.platform.entity.InvalidBody;

/**
 * What every JSON body passes before it is bound to a request's type: at most {@code maxBytes}, strict
 * UTF-8 (a decoder would otherwise replace bad bytes and store the replacement), and one well-formed
 * JSON object or list, with no null inside a list (no request takes one). Each refusal names the place, so the caller can find the mistake.
 */
public final class JsonBodyCheck {

    /** Looked up once: {@code Json.create...} looks the provider up again (a service-loader scan) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final long maxBytes;

    public JsonBodyCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body's bytes, read up to one byte past the limit so that a larger body is never held. */
    public byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBytes) {
                throw InvalidBody.tooLarge(maxBytes);
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    /** Refuses the body unless it is one JSON object or list in UTF-8. */
    public void check(byte[] body) {
        String text = decode(body);
        if (text.isBlank()) {
            throw new InvalidBody("The body is empty; this request takes a JSON body.");
        }
        // Token by token to the end (Parsson refuses a second value); its skipObject() never returns on
        // a truncated body.
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_OBJECT && first != JsonParser.Event.START_ARRAY) {
                throw new InvalidBody("The body is a single JSON value; this request takes a JSON object"
                        + " (or a list where the documentation says so). Nothing was stored.");
            }
            Deque<JsonParser.Event> open = new ArrayDeque<>(List.of(first));
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> open.push(event);
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case VALUE_NULL -> {
                        if (open.peek() == JsonParser.Event.START_ARRAY) {
                            throw new InvalidBody("A list in the body holds null " + at(parser.getLocation())
                                    + "; leave the entry out instead. Nothing was stored.");
                        }
                    }
                    default -> {}
                }
            }
        } catch (JsonParsingException malformed) {
            throw new InvalidBody("The body is not valid JSON " + at(malformed.getLocation()) + ": "
                    + firstSentence(malformed.getMessage()) + " Nothing was stored.");
        }
    }

    private static String decode(byte[] body) {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharBuffer text = CharBuffer.allocate(body.length); // UTF-8 never decodes to more chars than bytes
        CoderResult result = strict.decode(bytes, text, true);
        if (result.isError()) {
            throw new InvalidBody("The body is not valid UTF-8 (byte " + bytes.position()
                    + " counted from 0); send JSON encoded in UTF-8. Nothing was stored.");
        }
        strict.flush(text);
        return text.flip().toString();
    }

    private static String at(JsonLocation location) {
        return location == null
                ? "at its end"
                : "at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String firstSentence(String message) {
        String text = message == null ? "" : message.strip();
        int bracket = text.indexOf(" at [");
        return (bracket > 0 ? text.substring(0, bracket) : text).replaceAll("\\s+", " ") + ".";
    }
}
