package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One shared parser, several threads, same answers. */
class ConcurrencyTest {
    @Test
    void sharedParserGivesTheSameResultOnEveryThread() throws Exception {
        List<String> fixtures = List.of("page-glued-fr.txt", "page-spaced-en.txt", "captions.vtt", "captions.srt",
                "speaker-names.txt", "plain-fr.txt");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedTranscript>> futures = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(() -> Fixtures.PARSER.parse(
                            Fixtures.bytes("fixtures/" + fixtures.get(i % fixtures.size())), ParseHints.none())))
                    .toList();
            for (int i = 0; i < futures.size(); i++) {
                ParsedTranscript expected = Fixtures.PARSER.parse(
                        Fixtures.bytes("fixtures/" + fixtures.get(i % fixtures.size())), ParseHints.none());
                assertThat(futures.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
