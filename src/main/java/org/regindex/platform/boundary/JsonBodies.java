package org.regindex.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.platform.control.BodyShape;
import org.regindex.platform.control.JsonBodyCheck;

/**
 * Every JSON body is read whole (up to {@code api.max.body.bytes}), checked as strict UTF-8 and
 * well-formed JSON, then held strictly to the shape of the Java type it is bound to ({@link BodyShape}), and
 * only then bound; so a broken body is refused with the place of its mistake instead of being half-read.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodies implements ReaderInterceptor {

    /** Looked up once: {@code Json.create...} looks the provider up again (a service-loader scan) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    @ConfigProperty(name = "api.max.body.bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        JsonBodyCheck check = new JsonBodyCheck(maxBytes);
        byte[] body = check.read(context.getInputStream());
        check.check(body);
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            BodyShape.check(reader.readValue(), context.getGenericType());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null
                && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                        || type.getSubtype().endsWith("+json"));
    }
}
