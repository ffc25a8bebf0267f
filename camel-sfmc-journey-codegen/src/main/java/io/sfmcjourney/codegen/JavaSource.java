package io.sfmcjourney.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small helpers to write Java source text: Javadoc, literals, boxed types, files. */
final class JavaSource {

    /** The line length Javadoc text is wrapped at. */
    private static final int WIDTH = 116;

    private JavaSource() {
    }

    /**
     * A Javadoc comment at the given indentation. With {@code html}, the text is escaped for Javadoc; without it the
     * text stays as is (the Spring configuration processor copies field Javadoc verbatim into the metadata), only
     * {@code *}{@code /} is neutralised.
     */
    static String javadoc(String indent, boolean html, List<String> paragraphs) {
        StringBuilder doc = new StringBuilder(indent).append("/**\n");
        boolean first = true;
        for (String paragraph : paragraphs) {
            if (paragraph == null) {
                continue;
            }
            if (!first) {
                doc.append(indent).append(" * <p>\n");
            }
            first = false;
            String text = html ? escapeHtml(paragraph) : paragraph.replace("*/", "*&#47;");
            for (String line : wrap(text.replaceAll("\\s+", " ").trim(), WIDTH - indent.length() - 3)) {
                doc.append(indent).append(" * ").append(line).append('\n');
            }
        }
        return doc.append(indent).append(" */\n").toString();
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }

    /** Words wrapped to lines of at most {@code width} characters; a line never starts with {@code @} (a tag). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width && !word.startsWith("@")) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String stringLiteral(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    /** The boxed type of a primitive Java type name; other names unchanged. */
    static String boxed(String javaType) {
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            case "float" -> "java.lang.Float";
            case "short" -> "java.lang.Short";
            case "byte" -> "java.lang.Byte";
            case "char" -> "java.lang.Character";
            default -> javaType;
        };
    }

    /** The type without type arguments, e.g. {@code java.util.Map} of {@code java.util.Map<K, V>}. */
    static String rawType(String javaType) {
        int typeArguments = javaType.indexOf('<');
        return typeArguments < 0 ? javaType : javaType.substring(0, typeArguments);
    }

    /** {@code java.lang.X} shortened to {@code X} (outside type arguments too). */
    static String shortLang(String javaType) {
        return javaType.replaceAll("\\bjava\\.lang\\.([A-Z]\\w*)", "$1");
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Writes the file only when its content changed, so incremental compilation stays incremental. */
    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.write(file, bytes);
    }
}
