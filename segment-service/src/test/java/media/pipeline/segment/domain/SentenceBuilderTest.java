package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceBuilderTest {
    private static final SentenceBuilder FR = new SentenceBuilder(Language.FRENCH, SentenceOptions.defaults());
    private static final SentenceBuilder EN = new SentenceBuilder(Language.ENGLISH, SentenceOptions.defaults());

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("empty", FR, List.of(), List.of()),
                Arguments.of("blank cues only", FR, List.of(cue(0, 1, "A", "  ")), List.of()),
                Arguments.of("one cue, one sentence", FR, List.of(cue(0, 2, "A", "Bonsoir à tous.")),
                        List.of("Bonsoir à tous.")),
                Arguments.of("cue cut mid-sentence is joined", FR,
                        List.of(cue(0, 1, "A", "Ce soir,"), cue(1, 4, "A", "c'est quand même une grande nouvelle."),
                                cue(4, 6, "A", "On en parle tout de suite.")),
                        List.of("Ce soir, c'est quand même une grande nouvelle.", "On en parle tout de suite.")),
                Arguments.of("speaker change ends a sentence", FR,
                        List.of(cue(0, 2, "A", "Et vous, qu'en pensez-vous"), cue(2, 4, "B", "Je pense que oui.")),
                        List.of("Et vous, qu'en pensez-vous", "Je pense que oui.")),
                Arguments.of("English, two sentences in one cue", EN,
                        List.of(cue(10, 14, "Host", "Welcome back. Let's turn to the markets"),
                                cue(14, 16, "Host", "and the oil price.")),
                        List.of("Welcome back.", "Let's turn to the markets and the oil price.")),
                Arguments.of("Unicode kept as is", FR,
                        List.of(cue(0, 3, null, "L’été à Zürich — 東京 aussi ? 🎉 Oui."), cue(3, 5, null, "Ça suffit.")),
                        List.of("L’été à Zürich — 東京 aussi ?", "🎉 Oui.", "Ça suffit.")),
                Arguments.of("no punctuation: pauses cut pseudo-sentences", FR,
                        List.of(cue(0, 2, "A", "donc on commence par les graphes"), cue(2.1, 4, "A", "qui sont partout"),
                                cue(6, 8, "A", "ensuite les arbres"), cue(8.1, 9, "A", "binaires")),
                        List.of("donc on commence par les graphes qui sont partout", "ensuite les arbres binaires")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void rebuilds_sentences(String name, SentenceBuilder builder, List<Cue> cues, List<String> expected) {
        assertThat(builder.build(cues)).extracting(Sentence::text).containsExactlyElementsOf(expected);
    }

    @Test
    void interpolates_times_by_character_offset_inside_a_cue() {
        // 20 + 20 characters in one 10-second cue: the second sentence starts halfway
        List<Sentence> s = FR.build(List.of(cue(100, 110, "A", "Première phrase ici. Deuxième phrase là.")));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).start()).isEqualTo(100);
        assertThat(s.get(1).start()).isCloseTo(105.1, within(0.3));
        assertThat(s.get(1).end()).isEqualTo(110);
        assertThat(s.get(0).end()).isLessThanOrEqualTo(s.get(1).start());
    }

    @Test
    void a_sentence_spanning_cues_takes_the_first_start_and_last_end_and_the_speaker() {
        List<Sentence> s = FR.build(List.of(cue(3, 4, "Léa", "Ce soir,"), cue(4, 7, "Léa", "on parle du cloud.")));
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.start()).isEqualTo(3);
            assertThat(x.end()).isEqualTo(7);
            assertThat(x.speaker()).isEqualTo("Léa");
        });
    }

    @Test
    void overlapping_or_unsorted_cues_give_non_decreasing_starts() {
        List<Sentence> s = FR.build(List.of(cue(5, 9, "A", "Deuxième. Troisième."), cue(0, 6, "A", "Première."),
                cue(4, 5, "B", "Interruption.")));
        assertThat(s).extracting(Sentence::text).containsExactly("Première.", "Interruption.", "Deuxième.", "Troisième.");
        for (int i = 1; i < s.size(); i++) {
            assertThat(s.get(i).start()).isGreaterThanOrEqualTo(s.get(i - 1).start());
            assertThat(s.get(i).end()).isGreaterThanOrEqualTo(s.get(i).start());
        }
    }

    @Test
    void long_unpunctuated_speech_is_cut_by_the_word_limit_at_cue_ends() {
        SentenceBuilder b = new SentenceBuilder(Language.ENGLISH, new SentenceOptions(10, 30, 0.8, 4, 0.02));
        List<Cue> cues = Stream.iterate(0, i -> i + 1).limit(8)
                .map(i -> cue(i * 2.0, i * 2.0 + 2, "A", "we keep talking about things"))
                .toList(); // 5 words per cue, no pause, no punctuation
        List<Sentence> s = b.build(cues);
        assertThat(s).hasSizeGreaterThanOrEqualTo(4);
        assertThat(s).allSatisfy(x -> assertThat(x.text().split(" ")).hasSizeLessThanOrEqualTo(10));
        assertThat(String.join(" ", s.stream().map(Sentence::text).toList()).split(" ")).hasSize(40);
    }

    @Test
    void punctuation_rate_decides_the_mode() {
        assertThat(SentenceBuilder.isPunctuated(List.of(cue(0, 1, null, "Yes. No. Maybe.")), 0.02)).isTrue();
        assertThat(SentenceBuilder.isPunctuated(List.of(cue(0, 1, null, "yes no maybe so")), 0.02)).isFalse();
        assertThat(SentenceBuilder.isPunctuated(List.of(), 0.02)).isFalse();
    }

    @Test
    void options_are_checked() {
        assertThatThrownBy(() -> new SentenceOptions(2, 30, 0.8, 4, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentenceOptions(60, 30, 5, 4, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentenceBuilder(null, SentenceOptions.defaults())).isInstanceOf(NullPointerException.class);
    }

    static Cue cue(double start, double end, String speaker, String text) {
        return new Cue(start, end, speaker, text);
    }
}
