package media.pipeline.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.contracts.Sentence;
import media.pipeline.contracts.SourceInfo;
import media.pipeline.contracts.TranscriptIngested;
import media.pipeline.ingest.domain.ParseHints;
import media.pipeline.ingest.domain.ParsedTranscript;
import media.pipeline.ingest.domain.TranscriptParser;
import media.pipeline.publish.domain.ChapterSetBuilder;
import media.pipeline.publish.domain.ExtractiveSummarizer;
import media.pipeline.segment.domain.ChapterSegmenter;
import media.pipeline.segment.domain.Granularity;
import media.pipeline.segment.domain.SegmentationOptions;
import media.pipeline.segment.domain.enrich.ChapterEnricher;
import media.pipeline.segment.domain.enrich.EpisodeEnrichment;
import media.pipeline.segment.domain.enrich.Enrichment;
import media.pipeline.segment.domain.enrich.Gazetteer;

/**
 * The pipeline's domain stages in one JVM, as the services build them (ingest's parser, segment's
 * segmenter and enricher, publish's chapter-set builder), each call timed. Thread-safe: the stage
 * objects are immutable, as the services share them between consumers.
 */
public final class Stages {
    /** Nanoseconds spent in each stage for one episode, and what came out. */
    public record Timing(long parse, long segment, long enrich, long summarize, int cues, int chapters) {
        public long total() {
            return parse + segment + enrich + summarize;
        }
    }

    public static final String[] NAMES = {"parse", "segment", "enrich", "summarize"};

    private final TranscriptParser parser = new TranscriptParser();
    private final ChapterSegmenter segmenter = new ChapterSegmenter();
    private final ChapterEnricher enricher = new ChapterEnricher(Gazetteer.defaults(), 8);
    private final SegmentationOptions options = SegmentationOptions.of(Granularity.NORMAL);
    private final ChapterSetBuilder builder = new ChapterSetBuilder(new ExtractiveSummarizer());

    /** The segmentation options every episode is segmented with (recorded in the benchmark's header). */
    public SegmentationOptions options() {
        return options;
    }

    /** JSON sizes in bytes of the four events an episode produces: announced, ingested, enriched, published. */
    public int[] eventSizes(Episode episode) {
        try {
            var json = media.pipeline.contracts.PipelineJson.mapper();
            int announced = json.writeValueAsBytes(new media.pipeline.contracts.EpisodeAnnounced("bench-size", null, null,
                    null, episode.language(), null, episode.format(), episode.text())).length;
            ParsedTranscript parsed = parser.parse(episode.bytes(), ParseHints.format(episode.format()));
            TranscriptIngested ingested = new TranscriptIngested(UUID.randomUUID().toString(), "bench-size",
                    parsed.metadata(), parsed.cues(), new SourceInfo(parsed.format().id(), parsed.sha256(),
                    parsed.byteCount()), parsed.chapterHints(), parsed.timesEstimated(), parsed.warnings(), Instant.now());
            int[] sizes = new int[4];
            sizes[0] = announced;
            sizes[1] = json.writeValueAsBytes(ingested).length;
            Object[] out = new Object[2];
            run(episode, (enriched, published) -> {
                out[0] = enriched;
                out[1] = published;
            });
            sizes[2] = json.writeValueAsBytes(out[0]).length;
            sizes[3] = json.writeValueAsBytes(out[1]).length;
            return sizes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Timing run(Episode episode) {
        return run(episode, null);
    }

    /** Runs the four stages; {@code sink}, when not null, receives the enriched segments and the published chapters. */
    public Timing run(Episode episode, java.util.function.BiConsumer<SegmentsEnriched, ChaptersPublished> sink) {
        long t0 = System.nanoTime();
        ParsedTranscript parsed = parser.parse(episode.bytes(), new ParseHints(episode.format(), null, null, null, null,
                LocalDate.of(2026, 1, 15)));
        String episodeId = "bench-" + UUID.randomUUID();
        TranscriptIngested ingested = new TranscriptIngested(UUID.randomUUID().toString(), episodeId, parsed.metadata(),
                parsed.cues(), new SourceInfo(parsed.format().id(), parsed.sha256(), parsed.byteCount()),
                parsed.chapterHints(), parsed.timesEstimated(), parsed.warnings(), Instant.now());
        long t1 = System.nanoTime();
        List<Segment> segments = segmenter.segment(ingested.cues(), ingested.metadata(), ingested.chapterHints(), options);
        long t2 = System.nanoTime();
        // the enrichment half of segment-service's EpisodeChapters, timed on its own
        List<Segment> enriched = new ArrayList<>(segments.size());
        if (!segments.isEmpty()) {
            List<List<Sentence>> all = segments.stream().map(Segment::sentences).toList();
            String language = segments.get(0).language();
            EpisodeEnrichment perEpisode = enricher.forEpisode(all, ingested.metadata(), language);
            for (Segment s : segments) {
                Enrichment e = perEpisode.enrich(s.sentences());
                enriched.add(new Segment(s.index(), s.start(), s.end(), s.kind(), s.sentences(), e.keywords(), e.entities(),
                        s.speakers(), s.language()));
            }
        }
        String language = enriched.isEmpty() ? ingested.metadata().language() : enriched.get(0).language();
        SegmentsEnriched event = new SegmentsEnriched(UUID.randomUUID().toString(), episodeId, language,
                ingested.metadata(), enriched, Instant.now());
        long t3 = System.nanoTime();
        ChaptersPublished published = builder.build(event, 1, Instant.now());
        long t4 = System.nanoTime();
        if (sink != null) {
            sink.accept(event, published);
        }
        return new Timing(t1 - t0, t2 - t1, t3 - t2, t4 - t3, parsed.cues().size(), published.chapters().size());
    }
}
