package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.Sentence;
import media.pipeline.segment.domain.enrich.ChapterEnricher;
import media.pipeline.segment.domain.enrich.Enrichment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** German, Spanish, Italian, Dutch and Portuguese: ingest-service names them, segmentation analyses them. */
class OtherLanguagesTest {
    private static final Pattern CUE_TIME = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})");

    /** The cues of a simple WebVTT test file (one text line per cue). */
    static List<Cue> vtt(String resource) throws IOException {
        String text;
        try (InputStream in = OtherLanguagesTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Cue> cues = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            Matcher m = CUE_TIME.matcher(lines[i]);
            if (m.matches()) {
                cues.add(new Cue(seconds(m, 1), seconds(m, 5), null, lines[i + 1]));
            }
        }
        return cues;
    }

    private static double seconds(Matcher m, int group) {
        return Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
                + Integer.parseInt(m.group(group + 2)) + Integer.parseInt(m.group(group + 3)) / 1000.0;
    }

    private static EpisodeMetadata metadata(String language) {
        return new EpisodeMetadata(null, null, null, null, List.of(), List.of(), null, language, 0);
    }

    /** The fixture segmented and each chapter enriched, as segment-service does, in the given language. */
    private static List<Enrichment> enriched(String resource, String language) throws IOException {
        List<Segment> segments = new ChapterSegmenter().segment(vtt(resource), metadata(language), List.of());
        assertThat(segments).extracting(Segment::language).containsOnly(language);
        ChapterEnricher enricher = ChapterEnricher.withDefaults();
        List<List<Sentence>> all = segments.stream().map(Segment::sentences).toList();
        return segments.stream().map(s -> enricher.enrich(s.sentences(), all, metadata(language), language)).toList();
    }

    static Stream<Arguments> punctuated() {
        return Stream.of(
                Arguments.of(Language.GERMAN, true, "Der Zug fährt um 8 Uhr ab. Ist das nicht früh? Ja, sehr früh!", 3),
                Arguments.of(Language.SPANISH, false, "El tren sale a las ocho. ¿No es pronto? ¡Sí, muy pronto!", 3),
                Arguments.of(Language.ITALIAN, false, "Il treno parte alle otto. Non è presto? Sì, molto presto!", 3),
                Arguments.of(Language.DUTCH, false, "De trein vertrekt om acht uur. Is dat niet vroeg? Ja, heel vroeg!", 3),
                Arguments.of(Language.PORTUGUESE, false, "O comboio parte às oito. Não é cedo? Sim, muito cedo!", 3),
                Arguments.of(Language.SPANISH, false, "   ", 0));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("punctuated")
    void finds_sentences_with_a_model_or_the_locale_rules(Language language, boolean model, String text, int count) {
        SentenceDetector detector = new SentenceDetector(language);
        assertThat(detector.hasModel()).isEqualTo(model);
        List<int[]> spans = detector.spans(text);
        assertThat(spans).hasSize(count);
        for (int[] span : spans) {
            String sentence = text.substring(span[0], span[1]);
            assertThat(sentence).isEqualTo(sentence.strip()).isNotEmpty();
        }
    }

    static Stream<Arguments> markers() {
        return Stream.of(
                Arguments.of(Language.GERMAN, "Kommen wir zum zweiten Thema.", "Guten Abend und herzlich willkommen.",
                        "Danke fürs Zuhören und bis morgen."),
                Arguments.of(Language.SPANISH, "Pasamos a otro asunto.", "Buenas noches y bienvenidos.",
                        "Gracias por escucharnos y hasta mañana."),
                Arguments.of(Language.ITALIAN, "Passiamo alla politica.", "Buonasera e benvenuti.",
                        "Grazie a tutti e alla prossima."),
                Arguments.of(Language.DUTCH, "Dan gaan we naar het weer.", "Goedenavond en welkom.",
                        "Bedankt voor het luisteren en tot morgen."),
                Arguments.of(Language.PORTUGUESE, "Passamos agora ao desporto.", "Boa noite e bem-vindos.",
                        "Muito obrigado e até amanhã."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markers")
    void hosts_phrases_are_markers_in_their_language_only(Language language, String transition, String opening,
            String closing) {
        DiscourseMarkers markers = new DiscourseMarkers(language);
        assertThat(markers.transition(transition)).isEqualTo(1.0);
        assertThat(markers.opening(opening)).isTrue();
        assertThat(markers.closing(closing)).isTrue();
        for (String ordinary : List.of("", "Der Zug fährt um acht.", "El tren sale a las ocho.", "Il treno parte alle otto.",
                "De trein vertrekt om acht uur.", "O comboio parte às oito.")) {
            assertThat(markers.transition(ordinary)).as(ordinary).isZero();
            assertThat(markers.opening(ordinary)).as(ordinary).isFalse();
            assertThat(markers.closing(ordinary)).as(ordinary).isFalse();
        }
        // another language's phrases are not markers here
        DiscourseMarkers english = new DiscourseMarkers(Language.ENGLISH);
        assertThat(english.transition(transition)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_language_has_fillers_and_a_stop_set(Language language) {
        assertThat(SpokenFillers.words(language)).isNotEmpty();
        assertThat(SpokenFillers.phrases(language)).isNotEmpty().allSatisfy(p -> assertThat(p).containsPattern("[ -]"));
        assertThat(LexicalAnalyzer.stopWords(language)).hasSizeGreaterThan(100);
        // every filler phrase goes before analysis, and the rest of the text survives
        LexicalAnalyzer analyzer = new LexicalAnalyzer(language);
        for (String phrase : SpokenFillers.phrases(language)) {
            assertThat(analyzer.terms(phrase)).as(phrase).isEmpty();
        }
    }

    @Test
    void a_spanish_episode_is_cut_at_its_topic_changes_and_keeps_its_language() throws IOException {
        List<Cue> cues = vtt("/multilingual/es-radio.vtt");
        // announced as "und": the stop-word vote must find Spanish
        List<Segment> segments = new ChapterSegmenter().segment(cues, metadata("und"), List.of());

        assertThat(segments).extracting(Segment::language).containsOnly("es");
        List<Double> starts = segments.stream().skip(1).map(Segment::start).toList();
        // the file's topics change at the 15th and the 29th cue (16 s each): 224 s and 448 s
        for (double change : List.of(224.0, 448.0)) {
            assertThat(starts).as("a chapter starts within 30 s of %s s: %s", change, starts)
                    .anySatisfy(s -> assertThat(Math.abs(s - change)).isLessThanOrEqualTo(30));
        }
        assertThat(segments).hasSizeBetween(3, 5);
    }

    static Stream<Arguments> unknownLanguages() {
        return Stream.of(
                Arguments.of("und", "Сегодня мы говорим о новом поезде между Москвой и Казанью. Билеты будут дешевле."),
                Arguments.of(null, "今天我们讨论新的高速铁路。票价会更便宜。"),
                Arguments.of("sv", "Σήμερα μιλάμε για το νέο τρένο. Τα εισιτήρια θα είναι φθηνότερα."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unknownLanguages")
    void a_language_we_cannot_analyse_is_labelled_unknown_not_english(String code, String text) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cues.add(new Cue(i * 10.0, i * 10.0 + 9, null, text));
        }
        assertThat(Language.identify(code, List.of(text))).isEmpty();
        List<Segment> segments = new ChapterSegmenter().segment(cues, metadata(code), List.of());
        assertThat(segments).isNotEmpty().extracting(Segment::language).containsOnly(ChapterSegmenter.UNKNOWN_LANGUAGE);
        // a known language without a code is still recognised by its function words
        assertThat(Language.identify("und", List.of("El tren sale a las ocho y los billetes son baratos.")))
                .contains(Language.SPANISH);
    }

    static Stream<Arguments> shortEpisodes() {
        return Stream.of(
                Arguments.of("it", List.of(
                        "Buonasera e benvenuti, stasera parliamo di treni e di siccità.",
                        "Il nuovo treno veloce collega Milano e Roma in meno di tre ore.",
                        "I biglietti del treno costeranno meno per gli studenti e i pendolari.",
                        "Passiamo alla siccità: i fiumi del nord sono quasi vuoti.",
                        "Gli agricoltori chiedono acqua per i campi di riso e di mais.",
                        "Grazie a tutti e alla prossima."), "tren"),
                Arguments.of("nl", List.of(
                        "Goedenavond en welkom, vanavond hebben we het over treinen en droogte.",
                        "De nieuwe snelle trein verbindt Amsterdam en Parijs in drie uur.",
                        "De kaartjes voor de trein worden goedkoper voor studenten.",
                        "Dan gaan we naar de droogte: de rivieren staan bijna leeg.",
                        "De boeren vragen water voor hun akkers en hun koeien.",
                        "Bedankt voor het luisteren en tot morgen."), "trein"),
                Arguments.of("pt", List.of(
                        "Boa noite e bem-vindos, hoje falamos de comboios e da seca.",
                        "O novo comboio rápido liga Lisboa e Porto em menos de três horas.",
                        "Os bilhetes do comboio vão ficar mais baratos para os estudantes.",
                        "Passamos agora à seca: os rios do sul estão quase vazios.",
                        "Os agricultores pedem água para os campos de arroz e de milho.",
                        "Muito obrigado e até amanhã."), "comboio"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortEpisodes")
    void a_short_episode_in_each_other_language_goes_through(String language, List<String> lines, String stem) {
        List<Cue> cues = new ArrayList<>();
        for (int round = 0; round < 4; round++) { // about 4 minutes: long enough for an intro, topics and an outro
            for (int i = 0; i < lines.size(); i++) {
                double t = (round * lines.size() + i) * 10.0;
                cues.add(new Cue(t, t + 9.5, null, lines.get(i)));
            }
        }
        List<Segment> segments = new ChapterSegmenter().segment(cues, metadata("und"), List.of());
        assertThat(segments).isNotEmpty().extracting(Segment::language).containsOnly(language);
        ChapterEnricher enricher = ChapterEnricher.withDefaults();
        List<List<Sentence>> all = segments.stream().map(Segment::sentences).toList();
        List<String> keywords = segments.stream()
                .flatMap(s -> enricher.enrich(s.sentences(), all, metadata(language), language).keywords().stream())
                .toList();
        Language l = Language.resolve(language, List.of());
        // the topic word is a keyword in one of its forms ("treni", "comboios"); no keyword is a stop word or a
        // host's word ("stasera", "vanavond", "bem-vindos")
        assertThat(keywords).as("keywords in %s", language)
                .anyMatch(k -> k.toLowerCase(Locale.ROOT).startsWith(stem))
                .noneMatch(k -> LexicalAnalyzer.stopWords(l).contains(k.toLowerCase(Locale.ROOT)))
                .doesNotContain("stasera", "parliamo", "vanavond", "vindos", "falamos");
    }

    @Test
    void spanish_keywords_are_content_words() throws IOException {
        List<String> keywords = enriched("/multilingual/es-radio.vtt", "es").stream()
                .flatMap(e -> e.keywords().stream()).toList();
        assertThat(keywords).isNotEmpty()
                .doesNotContain("que", "los", "las", "del", "una", "pues", "bueno", "por", "para", "con", "dos", "diez", "ciento")
                .contains("tren", "agua", "club")
                .allSatisfy(k -> assertThat(LexicalAnalyzer.stopWords(Language.SPANISH)
                        .contains(k.toLowerCase(Locale.ROOT))).as(k).isFalse());
    }

    @Test
    void a_german_stop_word_is_never_an_entity() throws IOException {
        List<String> names = enriched("/multilingual/de-radio.vtt", "de").stream()
                .flatMap(e -> e.entities().stream()).map(EntityMention::name).toList();
        // "über" folds to "uber": in German it is a preposition, not the company
        assertThat(names).doesNotContain("Uber").contains("Berlin");
    }

    @Test
    void german_keywords_are_nouns() throws IOException {
        List<String> keywords = enriched("/multilingual/de-radio.vtt", "de").stream()
                .flatMap(e -> e.keywords().stream()).toList();
        // German capitalises nouns: verbs ("ausweichen", "brennen") and adverbs ("dafür") are not topics
        assertThat(keywords).isNotEmpty().contains("Streik", "Lokführer", "Waldbrand")
                .allSatisfy(k -> assertThat(Character.isUpperCase(k.codePointAt(0))).as(k).isTrue());
    }
}
