package org.cxadvisor.profile;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict JSON parsing into plain data (maps, lists, strings, numbers, booleans) for profiles and scenario files,
 * from the API and the command line alike. Duplicate keys and trailing content are errors, so no part of what
 * was sent is silently dropped; decimals are read exactly.
 */
public final class JsonText {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonText() {
    }

    /** Parses JSON; blank input or bad JSON is a {@link MalformedJsonException} saying where the mistake is. */
    public static Object parse(byte[] bytes) {
        if (blank(bytes)) {
            throw new MalformedJsonException(new Violation("", "error.body.empty"));
        }
        try {
            return MAPPER.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new MalformedJsonException(violation(e, where));
        }
    }

    /** Whether the body is only white space, without first copying the whole body into a String. */
    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return new String(bytes, StandardCharsets.UTF_8).isBlank();   // not ASCII: Unicode's white space decides
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Jackson's message in a user's words: its limits and features are named by their Java names
     * ({@code StreamReadConstraints.getMaxNestingDepth()}, {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}),
     * which mean nothing to whoever sent the request.
     */
    private static Violation violation(JacksonException e, String where) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException && message.contains("esting depth")) {
            return new Violation("", "error.body.tooDeep",
                    tools.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH, where);
        }
        if (message.contains("TRAILING_TOKENS") || message.startsWith("Trailing token")) {
            return new Violation("", "error.body.trailing", where);
        }
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
            return new Violation("", "error.body.tooBig", where);
        }
        // Jackson's parse messages otherwise describe the text ("Unexpected character ('}')..."); drop any hint
        // that names its own settings.
        message = message.replaceAll("\\s*\\(?[^.;]*`[\\w.]+(\\(\\))?`[^.;]*\\)?", "");
        return new Violation("", "error.body.malformed", message + where);
    }
}
