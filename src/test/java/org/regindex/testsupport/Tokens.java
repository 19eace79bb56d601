package org.regindex.testsupport;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Tampering with real tokens, to prove the API refuses them. */
public final class Tokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Tokens() {}

    /** When the token stops being valid: its {@code exp} claim. */
    public static Instant expiresAt(String token) {
        String claims = new String(DECODER.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Instant.ofEpochSecond(Json.createReader(new StringReader(claims))
                .readObject()
                .getJsonNumber("exp")
                .longValue());
    }

    /** The same header and claims, signed with a key the realm never had. */
    public static String resignedWithForeignKey(String token) {
        String[] parts = token.split("\\.");
        return sign(parts[0] + "." + parts[1]);
    }

    /** The claims changed (a string replaced), the realm's original signature kept. */
    public static String withClaimsEdited(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String claims = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
        if (!claims.contains(from)) {
            throw new IllegalArgumentException("The token's claims do not contain " + from);
        }
        String edited = ENCODER.encodeToString(claims.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + edited + "." + parts[2];
    }

    private static String sign(String headerAndClaims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair foreign = generator.generateKeyPair();
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(foreign.getPrivate());
            rs256.update(headerAndClaims.getBytes(StandardCharsets.US_ASCII));
            return headerAndClaims + "." + ENCODER.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
