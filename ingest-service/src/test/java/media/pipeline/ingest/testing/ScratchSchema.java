package media.pipeline.ingest.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A schema of its own for a database test, apart from the service's: dropped first in case an earlier
 * run left it, then a connection whose current schema it is; closing drops it again.
 */
public final class ScratchSchema implements AutoCloseable {
    private final String name;
    private final Connection connection;

    private ScratchSchema(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    /** Drops {@code name} if it exists and, when {@code create}, creates it empty (else the caller's migration does). */
    public static void reset(String url, String user, String password, String name, boolean create) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, user, password);
             Statement s = admin.createStatement()) {
            s.execute("drop schema if exists " + name + " cascade");
            if (create) {
                s.execute("create schema " + name);
            }
        }
    }

    /** A connection to an existing schema {@code name}, as its current schema. */
    public static ScratchSchema connect(String url, String user, String password, String name) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("currentSchema", name);
        return new ScratchSchema(name, DriverManager.getConnection(url, props));
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop schema " + name + " cascade");
        } finally {
            connection.close();
        }
    }
}
