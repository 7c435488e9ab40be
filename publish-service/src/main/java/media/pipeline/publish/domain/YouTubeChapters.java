package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import media.pipeline.contracts.ChaptersPublished;

/**
 * A YouTube chapter list for a video description: one line {@code M:SS Title} per chapter
 * ({@code H:MM:SS} from one hour on), LF-separated.
 *
 * <p>YouTube's rules, and what this class does about them:
 * <ul>
 * <li>The first timestamp must be 0:00: the first chapter is shown at 0:00 whatever its start.</li>
 * <li>Timestamps strictly ascending: starts are floored to whole seconds on
 * {@link ChapterTimeline} (sorted, non-overlapping) spans.</li>
 * <li>Each chapter at least 10 seconds (a chapter lasts until the next start; the last until its
 * end or the episode's duration): a shorter chapter is merged into its previous neighbour (into the
 * next one if it is the first), and the merged chapter keeps the neighbour's title. Repeated until
 * every chapter is long enough. A last chapter whose length is unknown is kept.</li>
 * <li>At least 3 chapters: with fewer after merging YouTube would show no chapters, so
 * {@link #write} returns an empty string rather than a list YouTube ignores.</li>
 * <li>Descriptions may not contain {@code <} or {@code >}: titles have them removed; titles are
 * on one line.</li>
 * </ul>
 */
public final class YouTubeChapters {
    public static final int MIN_CHAPTER_SECONDS = 10;
    public static final int MIN_CHAPTERS = 3;

    private record Item(long start, String title) {
    }

    /** The chapter list, or an empty string if fewer than {@link #MIN_CHAPTERS} chapters remain. */
    public String write(ChaptersPublished published) {
        List<String> lines = lines(published);
        return lines.size() < MIN_CHAPTERS ? "" : String.join("\n", lines) + "\n";
    }

    /** The lines after merging, even when fewer than {@link #MIN_CHAPTERS} (for previews). */
    public List<String> lines(ChaptersPublished published) {
        Objects.requireNonNull(published, "published");
        List<ChapterTimeline.Span> spans = ChapterTimeline.of(published.chapters(), published.durationSeconds());
        List<Item> items = new ArrayList<>();
        for (ChapterTimeline.Span s : spans) {
            String title = title(s.title());
            if (!title.isEmpty()) {
                items.add(new Item(items.isEmpty() ? 0 : (long) Math.floor(s.start()), title));
            }
        }
        double lastEnd = spans.isEmpty() || !spans.get(spans.size() - 1).hasEnd() ? 0 : spans.get(spans.size() - 1).end();
        double end = Math.max(lastEnd, published.durationSeconds());
        boolean merged = true;
        while (merged && items.size() > 1) {
            merged = false;
            for (int i = 0; i < items.size(); i++) {
                double next = i + 1 < items.size() ? items.get(i + 1).start() : end;
                boolean unknownLastEnd = i + 1 == items.size() && next <= items.get(i).start();
                if (next - items.get(i).start() >= MIN_CHAPTER_SECONDS || unknownLastEnd) {
                    continue;
                }
                if (i == 0) {
                    items.set(1, new Item(0, items.get(1).title()));
                    items.remove(0);
                } else {
                    items.remove(i);
                }
                merged = true;
                break;
            }
        }
        List<String> lines = new ArrayList<>();
        for (Item item : items) {
            lines.add(timestamp(item.start()) + " " + item.title());
        }
        return lines;
    }

    /** {@code M:SS} under an hour ("0:00", "4:05", "59:59"), {@code H:MM:SS} from an hour on. */
    static String timestamp(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        if (h > 0) {
            return String.format("%d:%02d:%02d", h, m, s);
        }
        return String.format("%d:%02d", m, s);
    }

    private static String title(String headline) {
        return ChapterTimeline.oneLine(headline).replace("<", "").replace(">", "").strip();
    }
}
