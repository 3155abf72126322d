package vn.chibo.localapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps one series of the local server's ids growing across restarts, as Telegram's do: a bot that
 * deduplicates updates by {@code update_id} would otherwise take a restarted server's first updates for
 * ones it already handled and drop them. The file holds a mark above every id handed out, moved a
 * block at a time before an id past it leaves the server: written once every {@link #BLOCK} ids, and a
 * restart, even after a kill, starts past every id used before.
 */
final class IdMark {

    static final long BLOCK = 1_000;

    private final Path file;
    /** Above every id handed out, by this run or an earlier one: what the file holds. */
    private long onDisk;

    private IdMark(Path file, long onDisk) {
        this.file = file;
        this.onDisk = onDisk;
    }

    /** The mark kept in {@code file}; a new file starts at {@code first}. */
    static IdMark in(Path file, long first) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            long stored = Files.exists(file)
                    ? Long.parseLong(
                            Files.readString(file, StandardCharsets.UTF_8).strip())
                    : first;
            return new IdMark(file, Math.max(first, stored));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read the local Bot API server's id mark " + file, e);
        }
    }

    /** The smallest id no earlier run can have handed out. */
    long first() {
        return onDisk;
    }

    /** Called before {@code id} leaves the server: moves the mark on disk past it when it is not already. */
    void use(long id) {
        if (id >= onDisk) {
            onDisk = id + BLOCK;
            write();
        }
    }

    private void write() {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, Long.toString(onDisk), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local Bot API server's id mark " + file, e);
        }
    }
}
