package org.haicap.examples.cli;

/** The {@code haicap} command-line tool. */
public final class Haicap {
    private Haicap() {
    }

    /** Runs the tool; see {@code --help}. */
    public static void main(String[] args) {
        System.out.println("haicap");
    }
}
