package media.pipeline.publish.domain;

import static media.pipeline.publish.domain.FrenchTechShow.entity;
import static media.pipeline.publish.domain.FrenchTechShow.sentences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractiveSummarizerTest {
    private static final ExtractiveSummarizer SUMMARIZER = new ExtractiveSummarizer();

    private static ChapterSummary summarize(String kind, String language, List<String> keywords,
            List<EntityMention> entities, String... texts) {
        Segment s = new Segment(1, 100, 200, kind, sentences(100, 200, texts), keywords, entities, List.of(), language);
        return SUMMARIZER.summarize(new SummaryRequest(s, language, 2, "Claire Dumas"));
    }

    static Stream<Arguments> edgeCases() {
        return Stream.of(
                // name, summary, expected summary (null: only checked for sentence count), expected headline
                Arguments.of("empty chapter", summarize("TOPIC", "fr", List.of(), List.of()), "", "Chapitre 2"),
                Arguments.of("empty english chapter", summarize("TOPIC", "en", List.of(), List.of()), "", "Chapter 2"),
                Arguments.of("empty intro", summarize("INTRO", "fr", List.of(), List.of()), "", "Introduction"),
                Arguments.of("empty outro", summarize("OUTRO", "en", List.of(), List.of()), "", "Wrap-up"),
                Arguments.of("one sentence",
                        summarize("TOPIC", "fr", List.of("centres de données"), List.of(),
                                "euh, OVHcloud ouvre trois centres de données au Canada"),
                        "OVHcloud ouvre trois centres de données au Canada.", "Centres de données"),
                Arguments.of("chit-chat only",
                        summarize("OUTRO", "fr", List.of(), List.of(), "Merci beaucoup.", "Bonsoir à tous.", "Voilà."),
                        "", "Conclusion"),
                Arguments.of("blank and filler-only sentences",
                        summarize("TOPIC", "fr", List.of(), List.of(), " ", "euh...", "hein ?"),
                        "", "Chapitre 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void edgeCases(String name, ChapterSummary summary, String expectedSummary, String expectedHeadline) {
        assertThat(summary.summary()).isEqualTo(expectedSummary);
        assertThat(summary.headline()).isEqualTo(expectedHeadline);
        assertThat(HeadlineWriter.wordCount(summary.gist())).isBetween(3, 8);
    }

    @Test
    void markupAndScriptNeverReachTheOutput() {
        ChapterSummary s = summarize("TOPIC", "fr", List.of("faille", "navigateur"),
                List.of(entity("Mozilla", EntityType.ORGANIZATION, 2, "Mozilla")),
                "<script>alert('pwn')</script> Mozilla corrige une faille critique de son navigateur Firefox.",
                "La faille permettait d'exécuter du code à distance <b>sans</b> interaction de l'utilisateur.",
                "Merci à vous.",
                "Les mises à jour sont déployées automatiquement sur tous les postes.");
        assertThat(s.summary()).doesNotContain("<", ">", "script");
        assertThat(s.headline()).doesNotContain("<", ">").startsWith("Mozilla");
        assertThat(FrenchTechShowTest.splitSentences(s.summary())).hasSize(2);
    }

    @Test
    void unicodeTextIsKeptIntact() {
        ChapterSummary s = summarize("TOPIC", "fr", List.of("modèle"),
                List.of(entity("Zoé Müller", EntityType.PERSON, 2, "Zoe Muller")),
                "Zoe Muller présente un modèle 🤖 nommé « Lucie » qui parle français et 日本語.",
                "Le modèle coûte 5 000 € par mois aux entreprises clientes.",
                "C'est ça.");
        assertThat(s.summary()).contains("Zoé Müller", "🤖", "« Lucie »", "日本語", "5 000 €").doesNotContain("Zoe Muller");
        assertThat(s.headline()).contains("Zoé Müller");
    }

    @Test
    void englishChapter() {
        ChapterSummary s = summarize("TOPIC", "en", List.of("data centers", "sovereign cloud"),
                List.of(entity("OVHcloud", EntityType.ORGANIZATION, 3, "OVH Cloud", "OVH")),
                "Good evening and thank you for joining us.",
                "So, OVH Cloud is opening three new data centers in Canada this year.",
                "Um, you know, that's a big deal.",
                "Is that a good thing for customers?",
                "The company is betting on the sovereign cloud to win public sector contracts in Europe.",
                "Customers mostly care about stable prices and reliable support.");
        List<String> sentences = FrenchTechShowTest.splitSentences(s.summary());
        assertThat(sentences).hasSizeBetween(2, 4);
        assertThat(s.summary()).startsWith("OVHcloud is opening three new data centers")
                .doesNotContain("Good evening", "thank you", "big deal", "?");
        assertThat(s.headline()).isEqualTo("OVHcloud is opening three new data centers");
    }

    @Test
    void germanChapter() {
        ChapterSummary s = summarize("TOPIC", "de", List.of("Streik", "Lokführer", "Fernverkehr"),
                List.of(entity("Deutsche Bahn", EntityType.ORGANIZATION, 2, "Deutschen Bahn", "Bahn")),
                "Guten Abend und herzlich willkommen.",
                "Also, der Streik bei der Deutschen Bahn legt seit heute Morgen den Fernverkehr lahm.",
                "Äh, ja, genau.",
                "Die Lokführer fordern mehr Lohn und eine kürzere Arbeitszeit.",
                "Nur jeder fünfte Fernzug fährt, und auch im Güterverkehr stehen die Züge still.");
        // the leading filler "Also," goes; names are written as the entity's canonical name
        assertThat(s.summary()).startsWith("Der Streik bei der Deutsche Bahn").contains("Lokführer")
                .doesNotContain("Guten Abend", "Äh, ja, genau", "Also,");
        // no clause grammar for German: the headline is the subject and the chapter's keywords
        assertThat(s.headline()).startsWith("Deutsche Bahn").contains("Streik");
        assertThat(s.gist()).isNotBlank();
    }

    static Stream<Arguments> fixedWords() {
        return Stream.of(
                Arguments.of("de", "Einleitung", "Schluss", "Kapitel 2, ohne Transkript"),
                Arguments.of("es", "Introducción", "Cierre", "Capítulo 2, sin transcripción"),
                Arguments.of("it", "Introduzione", "Chiusura", "Capitolo 2, senza trascrizione"),
                Arguments.of("nl", "Inleiding", "Afsluiting", "Hoofdstuk 2, zonder transcript"),
                Arguments.of("pt", "Introdução", "Encerramento", "Capítulo 2, sem transcrição"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedWords")
    void fixedWordsOfHeadlinesAreInTheEpisodeLanguage(String language, String intro, String outro, String empty) {
        assertThat(summarize("INTRO", language, List.of(), List.of()).headline()).isEqualTo(intro);
        assertThat(summarize("OUTRO", language, List.of(), List.of()).headline()).isEqualTo(outro);
        assertThat(summarize("TOPIC", language, List.of(), List.of()).gist()).isEqualTo(empty);
    }

    @Test
    void repeatedSentencesAppearOnce() {
        ChapterSummary s = summarize("TOPIC", "fr", List.of("panne"), List.of(),
                "La panne a touché des milliers de sites web pendant six heures.",
                "La panne a touché des milliers de sites web pendant six heures.",
                "Euh, la panne a touché des milliers de sites web pendant six heures.",
                "Les clients réclament désormais des compensations financières à l'hébergeur.");
        assertThat(s.summary()).isEqualTo("La panne a touché des milliers de sites web pendant six heures. "
                + "Les clients réclament désormais des compensations financières à l'hébergeur.");
    }

    @Test
    void isDeterministic() {
        Segment s = FrenchTechShow.ovhcloud();
        SummaryRequest r = new SummaryRequest(s, "fr", 2, FrenchTechShow.HOST);
        assertThat(new ExtractiveSummarizer().summarize(r)).isEqualTo(SUMMARIZER.summarize(r));
    }

    @Test
    void requestIsChecked() {
        Segment s = FrenchTechShow.outro();
        assertThatNullPointerException().isThrownBy(() -> new SummaryRequest(null, "fr", 1, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SummaryRequest(s, " ", 1, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SummaryRequest(s, "fr", 0, null));
        assertThat(new SummaryRequest(s, "fr", 1, "  ").host()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new ChapterSummary(" ", "g", "s"));
        assertThatNullPointerException().isThrownBy(() -> SUMMARIZER.summarize(null));
    }

    static Stream<Arguments> rankedIndices() {
        return Stream.of(
                // name, weights, max, expected positions
                Arguments.of("empty", new double[0], 4, new int[0]),
                Arguments.of("fewer than max: all, even weight 0", new double[] {0, 1, 0}, 4, new int[] {0, 1, 2}),
                Arguments.of("exactly max: all", new double[] {3, 1, 2, 0}, 4, new int[] {0, 1, 2, 3}),
                Arguments.of("more than max: best weights in time order", new double[] {0.1, 0.9, 0.5, 0.0, 0.8, 0.7}, 4,
                        new int[] {1, 2, 4, 5}),
                Arguments.of("ties: the earlier wins", new double[] {1, 1, 1, 1, 1, 1}, 4, new int[] {0, 1, 2, 3}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rankedIndices(String name, double[] weights, int max, int[] expected) {
        assertThat(ExtractiveSummarizer.rankedIndices(weights, max)).containsExactly(expected);
    }

    @Test
    void aChapterLongerThanTheRankingBoundIsSummarisedFromItsBestWeightedSentences() {
        String[] texts = new String[60];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = i % 10 == 7
                    ? "Le centre de données numéro " + i + " d'OVHcloud à Roubaix accueille des serveurs refroidis par eau."
                    : "Oui.";
        }
        Segment s = new Segment(1, 0, 600, "TOPIC", sentences(0, 600, texts), List.of("centre de données", "serveurs"),
                List.of(entity("OVHcloud", EntityType.ORGANIZATION, 6, "OVHcloud")), List.of(), "fr");
        SummaryRequest request = new SummaryRequest(s, "fr", 2, "Claire Dumas");
        ExtractiveSummarizer bounded = new ExtractiveSummarizer(new TermAnalyzer(), new SentenceCleaner(), new LexRank(),
                new MmrSelector(), 6);

        ChapterSummary summary = bounded.summarize(request);
        assertThat(summary.summary()).contains("OVHcloud à Roubaix").doesNotContain("Oui.");
        assertThat(summary.summary()).isEqualTo(SUMMARIZER.summarize(request).summary());
    }

    @Test
    void rankingBoundMustLeaveRoomForASummary() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExtractiveSummarizer(new TermAnalyzer(),
                new SentenceCleaner(), new LexRank(), new MmrSelector(), 3));
    }
}
