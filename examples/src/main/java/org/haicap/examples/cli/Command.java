package org.haicap.examples.cli;

/** One command of the tool (lệnh). Implementations are immutable and thread-safe. */
interface Command {

    /** What the command accepts and its help. */
    CommandSpec spec();

    /**
     * Runs the command on parsed arguments.
     *
     * @return the exit code
     * @throws CliException for a failure reported as one line on standard error
     */
    int run(Arguments args, Context context);
}
