package media.pipeline.publish.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;

/** Chapter sets for the format tests: {@code "start end title"} triples. */
final class Chapters {
    private Chapters() {
    }

    static Chapter chapter(int index, double start, double end, String headline) {
        return new Chapter(index, start, end, headline, "", "", List.of(), List.of(), List.of());
    }

    /** {@code of(duration, start1, end1, title1, start2, end2, title2, ...)}. */
    static ChaptersPublished of(double duration, Object... triples) {
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            chapters.add(chapter(i / 3, ((Number) triples[i]).doubleValue(), ((Number) triples[i + 1]).doubleValue(),
                    (String) triples[i + 2]));
        }
        return new ChaptersPublished("e", "ep", 1, "Tech Hebdo", "Épisode 1", null, "fr", duration, null,
                List.of(), chapters, Instant.EPOCH);
    }
}
