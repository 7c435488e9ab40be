package media.pipeline.ingest.domain;

import java.util.List;
import media.pipeline.contracts.ChapterHint;

/**
 * What one format parser read.
 *
 * @param header page header (description, relative age), or {@link PageHeader#NONE}
 */
record ParseResult(List<TimedLine> lines, List<ChapterHint> chapterHints, List<String> warnings,
                   boolean timesEstimated, PageHeader header) {
    ParseResult {
        lines = List.copyOf(lines);
        chapterHints = List.copyOf(chapterHints);
        warnings = List.copyOf(warnings);
        header = header == null ? PageHeader.NONE : header;
    }

    static ParseResult timed(List<TimedLine> lines, List<ChapterHint> chapterHints, List<String> warnings) {
        return new ParseResult(lines, chapterHints, warnings, false, PageHeader.NONE);
    }
}
