package org.haicap.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Where a command writes its result: standard output, or a file given by {@code --out} written
 * atomically (a temporary file in the same directory, then a move), so a reader never sees half a
 * file. A missing directory is refused with a usage error. On a POSIX file system the file is
 * readable by others ({@code rw-r--r--}, 0644), like a file the shell writes, not the
 * owner-only 0600 of a temporary file.
 */
final class Output {
    /** {@code rw-r--r--}: the permissions of a file written by {@code --out}. */
    static final Set<PosixFilePermission> READABLE_BY_OTHERS = PosixFilePermissions.fromString("rw-r--r--");

    private Output() {
    }

    /** Something that writes UTF-8 bytes. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code body} to {@code out} or, when given, to the file {@code outFile}. */
    static void write(Optional<Path> outFile, PrintStream out, Body body) {
        if (outFile.isEmpty()) {
            try {
                body.writeTo(out);
            } catch (IOException e) {
                throw new CliException(Haicap.EXIT_USAGE, "không ghi được ra đầu ra chuẩn", "cannot write to standard output: " + e.getMessage());
            }
            out.flush();
            return;
        }
        Path target = target(outFile.get());
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (OutputStream o = Files.newOutputStream(temp)) {
                body.writeTo(o);
            }
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, READABLE_BY_OTHERS);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CliException(Haicap.EXIT_USAGE, "--out " + target + ": không ghi được tệp",
                    "cannot write the file: " + e.getClass().getSimpleName() + " " + Optional.ofNullable(e.getMessage()).orElse(""));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    private static Path target(Path target) {
        String name = target.toString();
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CliException.usage("--out " + name + ": thư mục " + dir + " không tồn tại",
                    "the directory does not exist; create it first");
        }
        if (Files.isDirectory(target)) {
            throw CliException.usage("--out " + name + ": là một thư mục, cần tên tệp", "is a directory; give a file name");
        }
        return target;
    }
}
