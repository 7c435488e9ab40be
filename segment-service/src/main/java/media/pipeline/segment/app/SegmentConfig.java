package media.pipeline.segment.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import media.pipeline.segment.domain.Granularity;

/** segment-service settings ({@code segment.*}). */
@ConfigMapping(prefix = "segment")
public interface SegmentConfig {
    /** coarse (about 6 chapters an hour), normal (12) or fine (30). */
    @WithDefault("normal")
    Granularity granularity();

    /** Overrides the granularity with an exact target of topic chapters per hour. */
    Optional<Double> chaptersPerHour();

    /** No topic chapter shorter than this, in seconds. */
    @WithDefault("30")
    double minChapterSeconds();

    /** Keywords kept per chapter. */
    @WithDefault("8")
    int maxKeywords();

    /**
     * TranscriptIngested bytes segmented at once by the input's concurrent consumers
     * ({@code mp.messaging.incoming.transcripts-in.concurrency}); the others wait. An event costs many times its size
     * in heap (a 9.4 MB one did not fit 160 MB), so the default, 8 MiB, lets the consumers work side by side on
     * ordinary episodes (~110 KB) and takes the largest events one at a time.
     */
    @WithDefault("8388608")
    long inFlightBytes();
}
