package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiscourseMarkersTest {
    /** The regex version normalize() replaced, kept to compare against. */
    private static String referenceNormalize(String text) {
        String s = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('\u2019', '\'')
                .replace('\u02BC', '\'')
                .toLowerCase(java.util.Locale.ROOT);
        return s.replaceAll("\\s+", " ").trim();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ", "Passons à l'actualité", "  PASSONS\tÀ\n\nla  suite  ",
            "l\u2019actu, l\u02BCautre", "e\u0301te\u0301 \u0301 fini", "\u0301début", "fin\u0301", "İstanbul ΣΟΦΟΣ",
            "Œuvre ß ﬁn", "non\u00A0breaking\u2003em space", "\u0007bell\u0000 ", "😀 emoji 𝐀𝐁", "ǅungla Ǆ",
            "e\u0338 \u20DD enclosing", "\u0B95\u0BCD tamil", " \t\u000B\f\r mixed \r\n"})
    void normalize_matches_the_regex_version(String text) {
        assertThat(DiscourseMarkers.normalize(text)).isEqualTo(referenceNormalize(text));
    }

    @org.junit.jupiter.api.Test
    void normalize_matches_the_regex_version_on_random_text() {
        java.util.Random random = new java.util.Random(42);
        int[] pool = {' ', '\t', '\n', '\r', 0x0B, '\f', 0xA0, 0x2003, 'a', 'Z', 'e', 0x301, 0x327, 0x20DD, 0x903, 0xE9, 0xC0,
                0x2019, 0x2BC, 0x130, 0x3A3, 0x153, 0xDF, 0x1F600, 0x1D400, 0x1C5, '\'', '-', '.'};
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String text = b.toString();
            assertThat(DiscourseMarkers.normalize(text)).as("%s", text.codePoints().boxed().toList())
                    .isEqualTo(referenceNormalize(text));
        }
    }

    private static final DiscourseMarkers FR = new DiscourseMarkers(Language.FRENCH);
    private static final DiscourseMarkers EN = new DiscourseMarkers(Language.ENGLISH);

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of(FR, "Passons à l'actualité des télécoms.", 1.0),
                Arguments.of(FR, "PASSONS À la suite", 1.0),
                Arguments.of(FR, "Messieurs, restons dans le cloud.", 1.0),
                Arguments.of(FR, "Alors, après tout ce qu'on vient de dire sur ce marché, autre sujet : la 5G.", 0.5),
                Arguments.of(FR, "Il faut passer à autre chose dans la vie.", 0.0),
                Arguments.of(FR, "", 0.0),
                Arguments.of(EN, "Moving on, the quarterly numbers.", 1.0),
                Arguments.of(EN, "OK so let’s turn to the budget.", 1.0),
                Arguments.of(EN, "Next up: security.", 1.0),
                Arguments.of(EN, "I was moving only one box.", 0.0));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("transitions")
    void scores_transition_markers(DiscourseMarkers m, String sentence, double expected) {
        assertThat(m.transition(sentence)).isEqualTo(expected);
        assertThat(m.marks(sentence).transition()).isEqualTo(expected);
    }

    static Stream<Arguments> openingsAndClosings() {
        return Stream.of(
                Arguments.of(FR, "Salim Nassur, bonsoir Salim.", true, false),
                Arguments.of(FR, "Je vous les présente.", true, false),
                Arguments.of(FR, "Merci à tous, à demain !", false, true),
                Arguments.of(FR, "On va devoir conclure.", false, true),
                Arguments.of(FR, "Le cloud souverain progresse.", false, false),
                Arguments.of(EN, "Hello and welcome to the show.", true, false),
                Arguments.of(EN, "Thanks for watching, see you next week.", false, true),
                Arguments.of(EN, "The byte order matters.", false, false));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("openingsAndClosings")
    void recognises_openings_and_closings(DiscourseMarkers m, String sentence, boolean opening, boolean closing) {
        assertThat(m.opening(sentence)).isEqualTo(opening);
        assertThat(m.closing(sentence)).isEqualTo(closing);
        assertThat(m.marks(sentence)).isEqualTo(new DiscourseMarkers.Marks(m.transition(sentence), opening, closing));
    }

    static Stream<Arguments> topics() {
        return Stream.of(
                // names weigh 2: octave + klaba (by sound) + ovhcloud (two words joined) = 6 of 8
                Arguments.of("Octave Claba revient à la tête d'OVH Cloud", 0, 0.75),
                // dns (2) of problème (1) + dns (2)
                Arguments.of("la panne de DNS chez Amazon", 1, 2.0 / 3),
                Arguments.of("on parle du navigateur d'OpenAI", 2, 0.4),
                Arguments.of("la météo de demain", 0, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void matches_announced_topics_despite_asr_spelling(String sentence, int topic, double share) {
        AnnouncedTopics t = new AnnouncedTopics(new LexicalAnalyzer(Language.FRENCH),
                List.of("le retour d'Octave Klaba chez OVHcloud", "le problème de DNS", "OpenAI veut détrôner Google"));
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.match(List.of(sentence))[0][topic]).isCloseTo(share, org.assertj.core.api.Assertions.within(0.01));
    }

    @org.junit.jupiter.api.Test
    void announced_topics_match_the_same_with_the_callers_terms() {
        LexicalAnalyzer analyzer = new LexicalAnalyzer(Language.FRENCH);
        AnnouncedTopics t = new AnnouncedTopics(analyzer,
                List.of("le retour d'Octave Klaba chez OVHcloud", "le problème de DNS", "OpenAI veut détrôner Google"));
        List<String> sentences = List.of("Octave Claba revient chez OVH Cloud.", "", "Le DNS d'Amazon est tombé, un problème.",
                "Open AI lance un navigateur contre Google Chrome.", "Rien à voir, 42 ans après.");
        double[][] alone = t.match(sentences);
        double[][] given = t.match(sentences, sentences.stream().map(analyzer::terms).toList());
        assertThat(given).isDeepEqualTo(alone);
        assertThat(alone[0][0]).isGreaterThan(0.5);
        assertThat(alone[3][2]).isGreaterThan(0.5);
        assertThatThrownBy(() -> t.match(sentences, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
    /**
     * The phrase finder must find where the regex alternation it replaced found the leftmost marker: compared on
     * random phrases (several words, apostrophes, accents, which normalising removes) and random text, both
     * normalised as the markers are.
     */
    @Test
    void thePhraseFinderFindsWhatTheRegexAlternationFinds() {
        String[] letters = {"a", "à", "e", "é", "l", "'", "o", "d", "ü", "ß", "1"};
        String[] text = {"a", "e", "l", "'", "o", "d", "u", "ss", "ß", "1", " ", " ", " ", "  ", "-", "É", "\t"};
        Random random = new Random(20261208);
        java.util.function.BiFunction<String[], Integer, String> draw = (alphabet, length) -> random.ints(length, 0,
                alphabet.length).mapToObj(i -> alphabet[i]).collect(Collectors.joining());
        int found = 0;
        for (int round = 0; round < 5000; round++) {
            List<String> phrases = Stream.generate(() -> draw.apply(letters, 1 + random.nextInt(2))
                            + (random.nextBoolean() ? "" : " " + draw.apply(letters, 1 + random.nextInt(2))))
                    .limit(1 + random.nextInt(5)).toList();
            String sentence = DiscourseMarkers.normalize(draw.apply(text, random.nextInt(60)));
            var m = plain(phrases).matcher(sentence);
            int expected = m.find() ? m.start() : -1;
            assertThat(DiscourseMarkers.Phrases.of(phrases).find(sentence)).as("%s in '%s'", phrases, sentence)
                    .isEqualTo(expected);
            found += expected >= 0 ? 1 : 0;
        }
        assertThat(found).as("matches compared").isGreaterThan(1000);
    }

    /** The regex alternation the phrase finder replaced. */
    private static Pattern plain(List<String> phrases) {
        String alternatives = phrases.stream()
                .map(DiscourseMarkers::normalize)
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
