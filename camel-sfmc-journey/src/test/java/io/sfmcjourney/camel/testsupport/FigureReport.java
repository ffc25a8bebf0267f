package io.sfmcjourney.camel.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The figures of a fault suite run: printed with a tag and appended to {@code target/<tag>.txt}. */
public final class FigureReport {

    private FigureReport() {
    }

    /** Prints {@code [tag] text} and appends {@code text} to {@code target/<tag>.txt}. */
    public static void publish(String tag, CharSequence text) throws IOException {
        System.out.print("[" + tag + "] " + text);
        Files.writeString(Path.of("target", tag + ".txt"), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
