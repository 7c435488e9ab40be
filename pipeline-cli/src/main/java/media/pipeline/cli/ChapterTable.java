package media.pipeline.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.EntityMention;

/** Renders a chapter set as a readable text table for a terminal. */
final class ChapterTable {
    private static final int ENTITIES_SHOWN = 6;

    String render(ChaptersPublished p) {
        StringBuilder s = new StringBuilder();
        s.append(join(" · ", p.show(), p.title(), p.airDate() == null ? null : p.airDate().toString(), p.language(),
                clock(p.durationSeconds()), "revision " + p.revision())).append('\n');
        if (p.host() != null) {
            s.append("host: ").append(p.host().name()).append('\n');
        }
        if (!p.guests().isEmpty()) {
            s.append("guests: ").append(p.guests().stream()
                    .map(g -> g.organization() == null ? g.name() : g.name() + " (" + g.organization() + ")")
                    .collect(Collectors.joining(", "))).append('\n');
        }
        s.append('\n');
        for (Chapter c : p.chapters()) {
            s.append(String.format(Locale.ROOT, "%2d  %s-%s  %s%n", c.index() + 1, clock(c.start()), clock(c.end()), c.headline()));
            if (c.summary() != null && !c.summary().isBlank()) {
                s.append("    ").append(c.summary()).append('\n');
            }
            if (!c.entities().isEmpty()) {
                s.append("    entities: ").append(c.entities().stream().limit(ENTITIES_SHOWN)
                        .map(ChapterTable::entity).collect(Collectors.joining(", "))).append('\n');
            }
            if (!c.keywords().isEmpty()) {
                s.append("    keywords: ").append(String.join(", ", c.keywords())).append('\n');
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String entity(EntityMention e) {
        return e.name() + " [" + e.type().name().toLowerCase(Locale.ROOT) + "]";
    }

    static String clock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    private static String join(String sep, String... parts) {
        return java.util.Arrays.stream(parts).filter(x -> x != null && !x.isBlank()).collect(Collectors.joining(sep));
    }
}
