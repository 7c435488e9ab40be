package media.pipeline.publish.domain;

import java.util.List;
import java.util.Objects;
import media.pipeline.contracts.ChaptersPublished;

/**
 * A WebVTT chapters track ({@code <track kind="chapters">}): the {@code WEBVTT} header, then one
 * cue per chapter from {@link ChapterTimeline} (sorted, non-overlapping, non-empty), identified
 * {@code chapter-1}, {@code chapter-2}..., timed {@code HH:MM:SS.mmm --> HH:MM:SS.mmm}, with the
 * headline on one line as payload. The payload escapes {@code &}, {@code <} and {@code >} as
 * character references, so it can never contain {@code -->} nor be read as a tag; line endings are
 * LF. Times are rounded to the millisecond; a cue that would round to zero length is dropped, and
 * so is a last chapter whose end is unknown (no end and no episode duration): a cue needs an end.
 */
public final class WebVttChapters {
    public static final String MEDIA_TYPE = "text/vtt";

    public String write(ChaptersPublished published) {
        Objects.requireNonNull(published, "published");
        StringBuilder out = new StringBuilder("WEBVTT\n");
        List<ChapterTimeline.Span> spans = ChapterTimeline.of(published.chapters(), published.durationSeconds());
        int n = 0;
        for (ChapterTimeline.Span s : spans) {
            if (!s.hasEnd()) {
                continue;
            }
            long start = Math.round(s.start() * 1000);
            long end = Math.round(s.end() * 1000);
            String payload = escape(ChapterTimeline.oneLine(s.title()));
            if (end <= start || payload.isEmpty()) {
                continue;
            }
            n++;
            out.append('\n').append("chapter-").append(n).append('\n')
                    .append(timestamp(start)).append(" --> ").append(timestamp(end)).append('\n')
                    .append(payload).append('\n');
        }
        return out.toString();
    }

    static String timestamp(long millis) {
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long s = millis / 1000 % 60;
        long ms = millis % 1000;
        return String.format("%02d:%02d:%02d.%03d", h, m, s, ms);
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
