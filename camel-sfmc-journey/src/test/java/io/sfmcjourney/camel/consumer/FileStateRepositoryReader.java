package io.sfmcjourney.camel.consumer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** Reads a FileStateRepository's file as another process would: the last line of a key wins. */
record FileStateRepositoryReader(File file) {

    String value(String key) throws IOException {
        List<String> lines = Files.readAllLines(file.toPath());
        String value = null;
        for (String line : lines) {
            if (line.startsWith(key + "=")) {
                value = line.substring(key.length() + 1);
            }
        }
        return value;
    }
}
