package media.pipeline.publish.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import media.pipeline.contracts.ChaptersPublished;

/** The operators' view of each episode's progress and of dead letters. */
@ApplicationScoped
public class StageStore {
    private static final String STAGE = "case greatest(coalesce(s.ingested_at, 'epoch'), coalesce(s.segmented_at, 'epoch'), "
            + "coalesce(s.published_at, 'epoch'), coalesce(s.failed_at, 'epoch')) "
            + "when s.failed_at then 'FAILED' when s.published_at then 'PUBLISHED' when s.segmented_at then 'SEGMENTED' "
            + "else 'INGESTED' end";

    private final DataSource dataSource;

    StageStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void ingested(String episodeId, String show, String title, Instant at) {
        mark(episodeId, show, title, "ingested_at", at, null);
    }

    public void segmented(String episodeId, String show, String title, Instant at) {
        mark(episodeId, show, title, "segmented_at", at, null);
    }

    public void published(ChaptersPublished p) {
        mark(p.episodeId(), p.show(), p.title(), "published_at", p.publishedAt(), null);
    }

    /**
     * Records the dead letter read at {@code topic}/{@code partition}/{@code offset} and, when it names an episode,
     * marks that episode FAILED as of {@code at}. The same record delivered again is recorded once; returns whether
     * it was new.
     */
    @Transactional
    public boolean failed(String topic, int partition, long offset, String episodeId, String reason, Instant at) {
        String id = episodeId == null || episodeId.isBlank() ? null : episodeId;
        int inserted;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into dead_letter(topic, source_partition, source_offset, episode_id, reason, received_at) "
                             + "values (?, ?, ?, ?, ?, ?) on conflict (topic, source_partition, source_offset) do nothing")) {
            ps.setString(1, topic);
            ps.setInt(2, partition);
            ps.setLong(3, offset);
            ps.setString(4, id);
            ps.setString(5, reason);
            ps.setTimestamp(6, Timestamp.from(at));
            inserted = ps.executeUpdate();
        } catch (SQLException e) {
            throw Db.error(e);
        }
        if (inserted == 1 && id != null) {
            mark(id, null, null, "failed_at", at, reason == null ? "rejected (no reason given)" : reason);
        }
        return inserted == 1;
    }

    public List<DeadLetter> deadLetters(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select topic, episode_id, reason, received_at from dead_letter order by received_at desc, id desc limit ?")) {
            ps.setInt(1, Math.max(1, Math.min(limit, 500)));
            List<DeadLetter> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeadLetter(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Db.error(e);
        }
    }

    private void mark(String episodeId, String show, String title, String column, Instant at, String reason) {
        String sql = "insert into episode_stage(episode_id, show, title, " + column + ", failure_reason) values (?, ?, ?, ?, ?) "
                + "on conflict (episode_id) do update set show = coalesce(excluded.show, episode_stage.show), "
                + "title = coalesce(excluded.title, episode_stage.title), "
                + column + " = greatest(episode_stage." + column + ", excluded." + column + "), "
                + "failure_reason = coalesce(excluded.failure_reason, episode_stage.failure_reason), updated_at = now()";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, episodeId);
            ps.setString(2, show);
            ps.setString(3, title);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setString(5, reason);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Db.error(e);
        }
    }

    public List<EpisodeStage> latest(int limit) {
        return query("order by s.updated_at desc limit ?", ps -> ps.setInt(1, Math.max(1, Math.min(limit, 500))));
    }

    public java.util.Optional<EpisodeStage> one(String episodeId) {
        return query("where s.episode_id = ?", ps -> ps.setString(1, episodeId)).stream().findFirst();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<EpisodeStage> query(String tail, Binder binder) {
        String sql = "select s.episode_id, coalesce(e.show, s.show), coalesce(e.title, s.title), " + STAGE + ", s.failure_reason, "
                + "s.ingested_at, s.segmented_at, s.published_at, s.failed_at, s.updated_at, e.current_revision, e.chapter_count "
                + "from episode_stage s left join episode e on e.episode_id = s.episode_id " + tail;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<EpisodeStage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EpisodeStage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            "FAILED".equals(rs.getString(4)) ? rs.getString(5) : null,
                            instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                            instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
                            (Integer) rs.getObject(11), (Integer) rs.getObject(12)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Db.error(e);
        }
    }

    public PipelineStats stats(long outboxPending) {
        try (Connection c = dataSource.getConnection()) {
            List<StageStats> stages = List.of(
                    stage(c, "ingest", "ingested_at", null),
                    stage(c, "segment", "segmented_at", "ingested_at"),
                    stage(c, "publish", "published_at", "segmented_at"),
                    stage(c, "end-to-end", "published_at", "ingested_at"));
            long failed;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from episode_stage s where " + STAGE + " = 'FAILED'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                failed = rs.getLong(1);
            }
            Map<String, Long> dead = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select topic, count(*) from dead_letter group by topic order by topic");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dead.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new PipelineStats(Instant.now(), stages, failed, dead, outboxPending);
        } catch (SQLException e) {
            throw Db.error(e);
        }
    }

    private static StageStats stage(Connection c, String name, String column, String from) throws SQLException {
        String counts = "select count(" + column + "), count(*) filter (where " + column + " > now() - interval '1 hour'), "
                + "count(*) filter (where " + column + " > now() - interval '5 minutes') from episode_stage";
        long total;
        long hour;
        long five;
        try (PreparedStatement ps = c.prepareStatement(counts); ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
            hour = rs.getLong(2);
            five = rs.getLong(3);
        }
        Double p50 = null;
        Double p95 = null;
        if (from != null) {
            String latency = "select percentile_cont(0.5) within group (order by d), percentile_cont(0.95) within group (order by d) "
                    + "from (select extract(epoch from (" + column + " - " + from + ")) d from episode_stage where " + column
                    + " is not null and " + from + " is not null and " + column + " >= " + from + " order by " + column
                    + " desc limit 200) t";
            try (PreparedStatement ps = c.prepareStatement(latency); ResultSet rs = ps.executeQuery()) {
                rs.next();
                p50 = (Double) rs.getObject(1);
                p95 = (Double) rs.getObject(2);
            }
        }
        return new StageStats(name, total, hour, five, p50, p95);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
