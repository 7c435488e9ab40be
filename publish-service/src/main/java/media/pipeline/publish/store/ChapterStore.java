package media.pipeline.publish.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.EntityMention;

/** Published chapter sets (every revision) and the search index of current episodes. */
@ApplicationScoped
public class ChapterStore {
    private final DataSource dataSource;
    private final ObjectMapper mapper;

    ChapterStore(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }


    /** The next revision of an episode; holds a lock on the episode until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextRevision(String episodeId) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, episodeId);
                lock.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("select coalesce(max(revision), 0) + 1 from chapter_set where episode_id = ?")) {
                ps.setString(1, episodeId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw Db.error(e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ChaptersPublished p, String sourceEventId) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into chapter_set(episode_id, revision, event_id, source_event_id, payload, published_at) values (?, ?, ?, ?, ?::jsonb, ?)")) {
                ps.setString(1, p.episodeId());
                ps.setInt(2, p.revision());
                ps.setString(3, p.eventId());
                ps.setString(4, sourceEventId);
                ps.setString(5, mapper.writeValueAsString(p));
                ps.setTimestamp(6, Timestamp.from(p.publishedAt()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into episode(episode_id, show, title, air_date, language, current_revision, chapter_count, search_text) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (episode_id) do update set show = excluded.show, "
                            + "title = excluded.title, air_date = excluded.air_date, language = excluded.language, "
                            + "current_revision = excluded.current_revision, chapter_count = excluded.chapter_count, "
                            + "search_text = excluded.search_text, updated_at = now()")) {
                ps.setString(1, p.episodeId());
                ps.setString(2, p.show());
                ps.setString(3, p.title());
                ps.setObject(4, p.airDate() == null ? null : Date.valueOf(p.airDate()), Types.DATE);
                ps.setString(5, p.language());
                ps.setInt(6, p.revision());
                ps.setInt(7, p.chapters().size());
                ps.setString(8, searchText(p));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("delete from episode_entity where episode_id = ?")) {
                ps.setString(1, p.episodeId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into episode_entity(episode_id, name, type, mentions) values (?, ?, ?, ?)")) {
                for (EntityMention e : entities(p).values()) {
                    ps.setString(1, p.episodeId());
                    ps.setString(2, e.name());
                    ps.setString(3, e.type().name());
                    ps.setInt(4, e.mentions());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw Db.error(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chapters as JSON", e);
        }
    }

    public Optional<ChaptersPublished> current(String episodeId) {
        return query("select payload from chapter_set where episode_id = ? order by revision desc limit 1", episodeId);
    }

    private Optional<ChaptersPublished> query(String sql, String episodeId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.readValue(rs.getString(1), ChaptersPublished.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Db.error(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored chapters unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** Episodes naming the entity (canonical name, case-insensitive) and/or containing the text. */
    public List<EpisodeHit> search(String entity, String text, int limit) {
        StringBuilder sql = new StringBuilder("select e.episode_id, e.show, e.title, e.air_date, e.language, e.current_revision, "
                + "e.chapter_count, e.updated_at, (select string_agg(x.name, '\u001f' order by x.mentions desc) "
                + "from episode_entity x where x.episode_id = e.episode_id) from episode e where true");
        List<String> args = new ArrayList<>();
        if (entity != null && !entity.isBlank()) {
            sql.append(" and exists (select 1 from episode_entity x where x.episode_id = e.episode_id and lower(x.name) = lower(?))");
            args.add(entity.trim());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" and e.search_text ilike ? escape '\\'");
            args.add("%" + text.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by e.updated_at desc limit ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String a : args) {
                ps.setString(i++, a);
            }
            ps.setInt(i, Math.max(1, Math.min(limit, 500)));
            List<EpisodeHit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date air = rs.getDate(4);
                    String names = rs.getString(9);
                    hits.add(new EpisodeHit(rs.getString(1), rs.getString(2), rs.getString(3), air == null ? null : air.toLocalDate(),
                            rs.getString(5), rs.getInt(6), rs.getInt(7),
                            names == null ? List.of() : Arrays.asList(names.split("\u001f")),
                            rs.getTimestamp(8).toInstant()));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw Db.error(e);
        }
    }

    static Map<String, EntityMention> entities(ChaptersPublished p) {
        Map<String, EntityMention> merged = new LinkedHashMap<>();
        for (Chapter chapter : p.chapters()) {
            for (EntityMention e : chapter.entities()) {
                merged.merge(e.name(), e, (a, b) -> new EntityMention(a.name(), a.type(), a.mentions() + b.mentions(), a.surfaceForms()));
            }
        }
        return merged;
    }

    static String searchText(ChaptersPublished p) {
        StringBuilder text = new StringBuilder();
        append(text, p.show());
        append(text, p.title());
        for (Chapter chapter : p.chapters()) {
            append(text, chapter.headline());
            append(text, chapter.gist());
            append(text, chapter.summary());
            chapter.keywords().forEach(k -> append(text, k));
            chapter.entities().forEach(e -> append(text, e.name()));
        }
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static void append(StringBuilder text, String value) {
        if (value != null && !value.isBlank()) {
            text.append(value).append('\n');
        }
    }
}
