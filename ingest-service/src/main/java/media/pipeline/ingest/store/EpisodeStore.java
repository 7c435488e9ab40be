package media.pipeline.ingest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import media.pipeline.contracts.ChapterHint;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.ingest.domain.ParsedTranscript;

/** JDBC access to raw payloads, episodes and their cues. */
@ApplicationScoped
public class EpisodeStore {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    EpisodeStore(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** An episode with this id, or with the same content for the same show and date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> findDuplicate(String episodeId, String sha256, String show, LocalDate airDate) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select id from episode where id = ? or (sha256 = ? and coalesce(show, '') = coalesce(?, '') "
                             + "and coalesce(air_date, date '0001-01-01') = coalesce(?, date '0001-01-01')) limit 1")) {
            ps.setString(1, episodeId);
            ps.setString(2, sha256);
            ps.setString(3, show);
            ps.setObject(4, airDate == null ? null : Date.valueOf(airDate), Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(String episodeId, ParsedTranscript parsed, byte[] raw, String sourceUrl) {
        EpisodeMetadata m = parsed.metadata();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into raw_payload(sha256, bytes, size_bytes) values (?, ?, ?) on conflict do nothing")) {
                ps.setString(1, parsed.sha256());
                ps.setBytes(2, raw);
                ps.setLong(3, raw.length);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into episode(id, sha256, show, title, air_date, language, format, source_url, metadata, "
                            + "chapter_hints, warnings, times_estimated, cue_count, duration_seconds, status) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, 'INGESTED')")) {
                ps.setString(1, episodeId);
                ps.setString(2, parsed.sha256());
                ps.setString(3, m.show());
                ps.setString(4, m.title());
                ps.setObject(5, m.airDate() == null ? null : Date.valueOf(m.airDate()), Types.DATE);
                ps.setString(6, m.language());
                ps.setString(7, parsed.format().id());
                ps.setString(8, sourceUrl);
                ps.setString(9, mapper.writeValueAsString(m));
                ps.setString(10, mapper.writeValueAsString(parsed.chapterHints()));
                ps.setString(11, mapper.writeValueAsString(parsed.warnings()));
                ps.setBoolean(12, parsed.timesEstimated());
                ps.setInt(13, parsed.cues().size());
                ps.setDouble(14, m.durationSeconds());
                ps.executeUpdate();
            }
            // all cues in one json value: a row per cue cost PostgreSQL a foreign-key check each (V3 migration)
            try (PreparedStatement ps = c.prepareStatement("insert into episode_cues(episode_id, cues) values (?, ?::json)")) {
                ps.setString(1, episodeId);
                ps.setString(2, mapper.writeValueAsString(parsed.cues()));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new DuplicateEpisodeException(episodeId);
            }
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write metadata as JSON", e);
        }
    }

    public Optional<EpisodeView> find(String episodeId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select id, metadata, format, source_url, sha256, cue_count, times_estimated, chapter_hints, warnings, "
                             + "status, failure_reason, created_at, updated_at from episode where id = ?")) {
            ps.setString(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new EpisodeView(rs.getString(1),
                        mapper.readValue(rs.getString(2), EpisodeMetadata.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getBoolean(7),
                        mapper.readValue(rs.getString(8), new TypeReference<List<ChapterHint>>() { }),
                        mapper.readValue(rs.getString(9), new TypeReference<List<String>>() { }),
                        rs.getString(10), rs.getString(11),
                        rs.getTimestamp(12).toInstant(), rs.getTimestamp(13).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Moves an episode's pipeline status forward (INGESTED, SEGMENTED, PUBLISHED); FAILED, with its
     * reason, replaces any status. Late or repeated events never move it back.
     */
    public boolean advanceStatus(String episodeId, String status, String reason) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "update episode set status = ?, failure_reason = ?, updated_at = now() where id = ? and (? = 'FAILED' "
                             + "or array_position(array['INGESTED','SEGMENTED','PUBLISHED'], status) "
                             + "< array_position(array['INGESTED','SEGMENTED','PUBLISHED'], ?::text) or status = 'FAILED')")) {
            ps.setString(1, status);
            ps.setString(2, reason);
            ps.setString(3, episodeId);
            ps.setString(4, status);
            ps.setString(5, status);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        }
    }
}
