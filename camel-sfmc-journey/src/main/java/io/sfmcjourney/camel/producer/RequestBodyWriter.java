package io.sfmcjourney.camel.producer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.api.BodyPolicy;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * Turns a message body into the JSON bytes of a request. Java objects (POJOs, Maps, Lists, JsonNodes) are serialised
 * with Jackson; text and bytes (String, byte[], InputStream, Reader, files) must already be JSON and are checked with a
 * streaming parse so a typo fails here, naming the method, rather than at SFMC.
 */
final class RequestBodyWriter {

    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final ObjectMapper mapper;

    RequestBodyWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The request body for {@code method}, or null when the method sends none.
     *
     * @param exchange converts streams and files to bytes; null when the body is never one (callers without message)
     */
    byte[] write(SfmcJourneyMethod method, Object body, Exchange exchange) {
        if (method.bodyPolicy() == BodyPolicy.NONE) {
            return null;
        }
        if (method.bodyPolicy() == BodyPolicy.EMPTY_OBJECT) {
            return EMPTY_OBJECT.clone();
        }
        byte[] json = toJson(method, body, exchange);
        if (json != null) {
            return json;
        }
        if (method.bodyPolicy() == BodyPolicy.OPTIONAL) {
            return EMPTY_OBJECT.clone();
        }
        throw new IllegalArgumentException(method.name() + " needs a JSON request body: set the message body to a Map, "
                                           + "a POJO, a JsonNode or a JSON String");
    }

    private byte[] toJson(SfmcJourneyMethod method, Object body, Exchange exchange) {
        if (body == null) {
            return null;
        }
        if (isJsonText(body)) {
            byte[] bytes = textBytes(body, exchange);
            if (isBlank(bytes)) {
                return null;
            }
            checkJson(method, bytes);
            return bytes;
        }
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(method.name() + ": cannot serialise the message body of type "
                                               + body.getClass().getName() + " to JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean isJsonText(Object body) {
        if (body instanceof Map<?, ?>) {
            return false; // the usual body (an event, a journey), decided before the interface checks below
        }
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
               || body instanceof Reader || body instanceof StreamCache || body instanceof WrappedFile<?>
               || body instanceof File || body instanceof Path;
    }

    private static byte[] textBytes(Object body, Exchange exchange) {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (exchange == null) {
            throw new IllegalArgumentException("Cannot read a body of type " + body.getClass().getName()
                                               + " without a message");
        }
        try {
            return exchange.getMessage().getMandatoryBody(byte[].class);
        } catch (InvalidPayloadException e) {
            throw new IllegalArgumentException("Cannot read the message body of type " + body.getClass().getName(), e);
        }
    }

    private void checkJson(SfmcJourneyMethod method, byte[] bytes) {
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            parser.nextToken();
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException(
                        method.name() + ": the message body is not one JSON value (content follows it at "
                                      + location(parser) + ")");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    method.name() + ": the message body is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String location(JsonParser parser) {
        return "line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
