package io.sfmcjourney.camel.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A path relative to {@code /interaction/v1/} with {@code {placeholder}}s, e.g. {@code interactions/key:{key}}.
 * Rendering percent-encodes every value so that it stays exactly one path segment (or the rest of one): only RFC 3986
 * unreserved characters pass unencoded, and a value of {@code .} or {@code ..} is encoded too.
 */
public final class PathTemplate {

    /** Where every Journey Builder path starts. */
    public static final String BASE_PATH = "/interaction/v1/";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String template;
    private final List<Object> parts;
    private final Set<PathVariable> variables;
    /** The rendered path of a template without variables (the same for every call), else null. */
    private final String constantPath;

    private PathTemplate(String template) {
        this.template = template;
        this.parts = parse(template);
        this.variables = parts.stream()
                .filter(PathVariable.class::isInstance)
                .map(PathVariable.class::cast)
                .collect(Collectors.toUnmodifiableSet());
        this.constantPath = variables.isEmpty() ? renderParts(variable -> null) : null;
    }

    /** Parses a template as spelled in the discovery document. */
    public static PathTemplate of(String template) {
        return new PathTemplate(template);
    }

    /** The template as written, e.g. {@code triggerstats/{eventDefinitionID}}. */
    public String template() {
        return template;
    }

    /** The variables the template needs. */
    public Set<PathVariable> variables() {
        return variables;
    }

    /**
     * The encoded absolute path, e.g. {@code /interaction/v1/interactions/key:a%2Fb}.
     *
     * @param values supplies a non-empty value for each of {@link #variables()}
     */
    public String render(Function<PathVariable, String> values) {
        return constantPath != null ? constantPath : renderParts(values);
    }

    private String renderParts(Function<PathVariable, String> values) {
        StringBuilder path = new StringBuilder(BASE_PATH.length() + template.length() + 40).append(BASE_PATH);
        for (Object part : parts) {
            if (part instanceof PathVariable variable) {
                path.append(encodeSegment(values.apply(variable)));
            } else {
                path.append((String) part);
            }
        }
        return path.toString();
    }

    /**
     * Percent-encodes {@code value} (UTF-8) so it cannot leave its path segment: everything except
     * {@code A-Z a-z 0-9 - . _ ~} is encoded, and the dot-segments {@code .} and {@code ..} become {@code %2E}s.
     */
    public static String encodeSegment(String value) {
        if (".".equals(value) || "..".equals(value)) {
            return "%2E".repeat(value.length());
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
               || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static List<Object> parse(String template) {
        List<Object> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int literalStart = 0;
        while (matcher.find()) {
            if (matcher.start() > literalStart) {
                parts.add(template.substring(literalStart, matcher.start()));
            }
            parts.add(PathVariable.forPlaceholder(matcher.group(1)));
            literalStart = matcher.end();
        }
        if (literalStart < template.length()) {
            parts.add(template.substring(literalStart));
        }
        return List.copyOf(parts);
    }

    @Override
    public String toString() {
        return template;
    }
}
