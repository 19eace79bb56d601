package org.regindex.publication.control;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Every number with decimals in an answer of the open-data API is a score, and is written as the CSV and
 * the canonical content write it: a JSON number with two decimals ({@code 75.00}, {@code 66.75}), whatever
 * scale it was read with. JSON-B keeps a BigDecimal's scale, so the trailing zeros stay in the bytes sent;
 * a client that reads numbers as doubles sees 75.0, the same value.
 */
public class TwoDecimals implements JsonbSerializer<BigDecimal> {

    public static BigDecimal of(BigDecimal score) {
        return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public void serialize(BigDecimal score, JsonGenerator generator, SerializationContext context) {
        generator.write(of(score));
    }
}
