package media.pipeline.segment.app;

import java.util.ArrayList;
import java.util.List;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.Sentence;
import media.pipeline.contracts.TranscriptIngested;
import media.pipeline.segment.domain.ChapterSegmenter;
import media.pipeline.segment.domain.SegmentationOptions;
import media.pipeline.segment.domain.enrich.ChapterEnricher;
import media.pipeline.segment.domain.enrich.EpisodeEnrichment;
import media.pipeline.segment.domain.enrich.Enrichment;

/** Chapters of one episode: segmentation, then per-chapter keywords and entities. Pure and thread-safe. */
public final class EpisodeChapters {
    private final ChapterSegmenter segmenter;
    private final ChapterEnricher enricher;
    private final SegmentationOptions options;

    public EpisodeChapters(ChapterSegmenter segmenter, ChapterEnricher enricher, SegmentationOptions options) {
        if (segmenter == null || enricher == null || options == null) {
            throw new IllegalArgumentException("segmenter, enricher and options are required");
        }
        this.segmenter = segmenter;
        this.enricher = enricher;
        this.options = options;
    }

    public List<Segment> chapters(TranscriptIngested transcript) {
        List<Segment> segments = segmenter.segment(transcript.cues(), transcript.metadata(), transcript.chapterHints(), options);
        if (segments.isEmpty()) {
            return segments;
        }
        List<List<Sentence>> all = segments.stream().map(Segment::sentences).toList();
        String language = segments.get(0).language();
        EpisodeEnrichment episode = enricher.forEpisode(all, transcript.metadata(), language);
        List<Segment> enriched = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            Enrichment e = episode.enrich(s.sentences());
            enriched.add(new Segment(s.index(), s.start(), s.end(), s.kind(), s.sentences(), e.keywords(), e.entities(),
                    s.speakers(), s.language()));
        }
        return enriched;
    }
}
