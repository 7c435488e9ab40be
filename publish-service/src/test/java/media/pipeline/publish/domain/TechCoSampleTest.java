package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.EntityMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headlines of the real sample episode (see {@link TechCoSample}). */
class TechCoSampleTest {
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");
    private static ChaptersPublished published;

    @BeforeAll
    static void build() {
        published = new ChapterSetBuilder(new ExtractiveSummarizer())
                .build(TechCoSample.episode(), 1, Instant.parse("2025-10-21T21:00:00Z"));
    }

    @Test
    void headlinesNameTheSubjectAndWhatHappened() {
        assertThat(published.chapters()).extracting(Chapter::headline).containsExactly(
                "Introduction : au programme, Salime Nassur, Google, OVHcloud et OpenAI",
                // the lead-in introduces Octave Klaba; the clause is the transcript's, names canonical
                "Octave Klaba a décidé de revenir, de reprendre la direction de l'entreprise",
                // no clause with AWS as subject: the keyword said before it heads the keyword headline
                "Panne AWS : région, services, économique",
                // Google has more mentions but is heard all through the episode; OpenAI opens the chapter
                "OpenAI annonce lancer son propre navigateur ChatGPT Atlas",
                "Conclusion : BFM Business et YouTube");
    }

    @Test
    void headlinesKeepTheGuarantees() {
        for (Chapter c : published.chapters()) {
            assertThat(c.headline()).isNotBlank().hasSizeLessThanOrEqualTo(ChapterSummary.MAX_HEADLINE);
            assertThat(HeadlineWriter.wordCount(c.gist())).isBetween(3, 8);
            List<String> canonical = c.entities().stream().map(EntityMention::name).toList();
            for (String text : List.of(c.headline(), c.gist())) {
                Matcher m = CAPITALISED.matcher(text);
                while (m.find()) {
                    String word = m.group();
                    boolean inName = canonical.stream().anyMatch(n -> Arrays.asList(n.split(" ")).contains(word));
                    boolean first = m.start() == 0;
                    assertThat(inName || first).as("'%s' in '%s'", word, text).isTrue();
                }
                assertThat(text).doesNotContain("Claba", "Open&Eye", "OVH Cloud", "Open AI");
            }
        }
    }
}
