package media.pipeline.runtime.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The processed-event table: a consumer records each event id in the same transaction as its
 * effects, so a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedEvents {
    private final DataSource dataSource;

    ProcessedEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A cheap check outside any transaction, to skip expensive work for a redelivery; not a guarantee. */
    public boolean seen(String consumer, String eventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from processed_event where consumer = ? and event_id = ?")) {
            ps.setString(1, consumer);
            ps.setString(2, eventId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        }
    }

    /** Records the event; false when this consumer has processed it before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String consumer, String eventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into processed_event(consumer, event_id) values (?, ?) on conflict do nothing")) {
            ps.setString(1, consumer);
            ps.setString(2, eventId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record processed event: " + e.getMessage(), e);
        }
    }
}
