package org.haicap.examples.cli;

/**
 * A failure the tool reports as one line on standard error with an exit code. Immutable.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String vietnamese, String english) {
        super(vietnamese + " / " + english, null, false, false);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliException usage(String vietnamese, String english) {
        return new CliException(Haicap.EXIT_USAGE, vietnamese, english);
    }

    int exitCode() {
        return exitCode;
    }
}
