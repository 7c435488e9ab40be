package media.pipeline.publish.store;

import java.sql.SQLException;

/** Wraps SQL failures so callers (and the transient-retry policy) see the cause. */
final class Db {
    private Db() {
    }

    static IllegalStateException error(SQLException e) {
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }
}
