package media.pipeline.segment.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import media.pipeline.contracts.SegmentsEnriched;

/** The latest chapters of each episode. */
@ApplicationScoped
public class SegmentStore {
    private final DataSource dataSource;
    private final ObjectMapper mapper;

    SegmentStore(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }


    @Transactional(Transactional.TxType.MANDATORY)
    public void save(SegmentsEnriched event, String sourceEventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into episode_segments(episode_id, event_id, source_event_id, language, segment_count, payload) "
                             + "values (?, ?, ?, ?, ?, ?::jsonb) on conflict (episode_id) do update set event_id = excluded.event_id, "
                             + "source_event_id = excluded.source_event_id, language = excluded.language, "
                             + "segment_count = excluded.segment_count, payload = excluded.payload, updated_at = now()")) {
            ps.setString(1, event.episodeId());
            ps.setString(2, event.eventId());
            ps.setString(3, sourceEventId);
            ps.setString(4, event.language());
            ps.setInt(5, event.segments().size());
            ps.setString(6, mapper.writeValueAsString(event));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write segments as JSON", e);
        }
    }

    public Optional<SegmentsEnriched> find(String episodeId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select payload from episode_segments where episode_id = ?")) {
            ps.setString(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.readValue(rs.getString(1), SegmentsEnriched.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored segments unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
