package vn.chibo.content.roster;

import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one roster file and says what came of it; run in a JVM of its own by {@link RosterReaderLimitsTest}. */
final class RosterReaderProbe {

    private RosterReaderProbe() {}

    public static void main(String[] args) throws Exception {
        byte[] content = Files.readAllBytes(Path.of(args[0]));
        try {
            System.out.println("read: " + RosterReader.read(content).size() + " rows");
        } catch (RosterFileException e) {
            System.out.println("refused: " + e.problem().problem());
        }
    }
}
