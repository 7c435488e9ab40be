package media.pipeline.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 from zonky's embedded binaries (as root it runs through a user namespace).
 * The unpacked binaries stay in a cache directory so later starts skip unpacking.
 */
final class EmbeddedPostgresDatabase implements DatabaseServer {
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresDatabase.class);
    static final String USER = "postgres";
    static final String DATABASE = "postgres";

    private final Path dataDir;
    private final Path cacheDir;
    private final int port;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresDatabase(Path dataDir, Path cacheDir, int port) {
        this.dataDir = dataDir;
        this.cacheDir = cacheDir;
        this.port = port;
    }

    static EmbeddedPostgresDatabase start(Path dataDir, Path cacheDir, LocalStackOptions options, RunDirectory run) throws IOException {
        Files.createDirectories(cacheDir);
        EmbeddedPostgresDatabase db = new EmbeddedPostgresDatabase(dataDir, cacheDir, FreePorts.pick(options.postgresPort()));
        RunDirectory.deleteTree(dataDir); // a fresh run directory; never let zonky clean (it deletes on close too)
        db.launch();
        return db;
    }

    private void launch() {
        long t0 = System.nanoTime();
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(cacheDir.toFile())
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new LocalStackException("PostgreSQL did not start: " + e.getMessage(), e);
        }
        LOG.infof("local-stack: PostgreSQL (embedded, zonky) started at %s in %d ms, data %s",
                jdbcUrl(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), dataDir);
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
            LOG.info("local-stack: PostgreSQL stopped");
        }
    }

    @Override
    public synchronized void restart() {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "PostgreSQL at " + jdbcUrl();
    }
}
