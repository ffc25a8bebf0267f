package io.sfmcjourney.camel.producer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a streamed answer to a file without holding it in memory: into {@code <file>.part} next to it first, moved
 * over the file once complete, so the file never holds a partial download (a failed one is removed).
 */
public final class DownloadFile {

    private final Path target;

    public DownloadFile(Path target) {
        this.target = target.toAbsolutePath();
    }

    /** The file written to. */
    public Path target() {
        return target;
    }

    /**
     * Reads {@code body} to the end into the file and closes it.
     *
     * @return the number of bytes written
     * @throws IOException when reading or writing fails; the partial file is removed, the target left as it was
     */
    public long write(InputStream body) throws IOException {
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream in = body) {
            long size = Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            move(part);
            return size;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    private void move(Path part) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
