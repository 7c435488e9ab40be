package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.ChapterHint;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layout through the facade, detected and named explicitly. */
class FormatParsingTest {
    private static final ParseHints AT_REFERENCE = new ParseHints(null, null, null, null, null, LocalDate.of(2026, 1, 21));

    /** fixture, format, starts, texts (|-separated), speakers (|-separated, "-" for none). */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("page-glued-fr.txt", TranscriptFormat.PAGE, new double[] {0, 4, 62, 4530},
                        "Bonsoir à tous.|Bienvenue dans l'émission, on commence tout de suite."
                                + "|20 ans après, rien n'a changé.|On termine avec la météo.", "-|-|-|-"),
                Arguments.of("page-spaced-en.txt", TranscriptFormat.PAGE, new double[] {1, 5, 9, 15},
                        "Good evening and welcome.|Tonight we talk about the cloud.|Let us start with outages."
                                + "|Thanks for watching.", "-|-|-|-"),
                Arguments.of("page-hhmmss.txt", TranscriptFormat.PAGE, new double[] {12, 3598, 3723, 3729},
                        "Bonsoir et bienvenue.|On approche de l'heure.|Une heure deux minutes trois secondes."
                                + "|Et c'est la fin.", "-|-|-|-"),
                Arguments.of("captions.vtt", TranscriptFormat.WEBVTT, new double[] {1, 4.5, 7.25},
                        "Good evening, and welcome to the show.|Thanks for having me.|Karaoke style & timing",
                        "Jane Smith|John Doe|-"),
                Arguments.of("captions.srt", TranscriptFormat.SRT, new double[] {1, 4, 6.5, 9},
                        "Bonsoir à tous, bienvenue.|Merci beaucoup.|Note: ceci reste du texte.|Le temps recule.",
                        "-|JEAN DUPONT|-|-"),
                Arguments.of("speaker-names.txt", TranscriptFormat.SPEAKER, new double[] {1, 5, 9, 75},
                        "Bonsoir à tous.|Bienvenue dans l'émission.|Merci Frédéric. suite de la phrase."
                                + "|Parlons des prix.", "Frédéric|Frédéric|Salime Nassur|Frédéric"),
                Arguments.of("speaker-clock-turns.txt", TranscriptFormat.SPEAKER, new double[] {1, 6, 10},
                        "Bonjour et bienvenue. Nous parlons de science.|Merci Marie.|Commençons.",
                        "Marie Curie|Pierre Curie|Marie Curie"),
                Arguments.of("speaker-diarised.txt", TranscriptFormat.SPEAKER, new double[] {0, 4.25, 9.1},
                        "Hello and welcome to the programme.|Thank you for having me.|Let us begin.",
                        "SPEAKER_00|SPEAKER_01|SPEAKER_00"),
                Arguments.of("speaker-headings.txt", TranscriptFormat.SPEAKER, new double[] {0, 7, 65},
                        "Welcome back to the show, everyone. The meeting of the board starts at 10:30 and it will be long."
                                + "|Thanks, Jane.|Merci.", "Jane Doe|Speaker 2|Jean de La Fontaine"),
                Arguments.of("speaker-inline.txt", TranscriptFormat.SPEAKER, new double[] {1, 5, 9, 12},
                        "Welcome back to the show.|Thanks. Today we talk about outages.|And what they mean."
                                + "|which is a lot: really a lot.", "Speaker 1|Speaker 2|Jane Doe|Jane Doe"),
                Arguments.of("youtube-auto.vtt", TranscriptFormat.WEBVTT, new double[] {0, 2.36, 5.2},
                        "welcome back to the show|today we talk about cloud outages|and what they mean", "-|-|-"),
                Arguments.of("rollup.srt", TranscriptFormat.SRT, new double[] {1, 3, 5, 7.5, 9},
                        "bonsoir à tous|et bienvenue dans l'émission|ce soir on parle du cloud|- Oui.|- Oui.", "-|-|-|-|-"),
                Arguments.of("no-blank-lines.srt", TranscriptFormat.SRT, new double[] {1, 2.5, 4.5, 7},
                        "Bonjour.|Il est 20 heures.|On commence avec le cloud. et la souveraineté|Fin.", "-|-|-|-"),
                Arguments.of("plain-speakers.txt", TranscriptFormat.PLAIN, new double[] {0, 2, 4, 5, 9},
                        "Welcome back to the show.|Today we talk about outages.|Thanks, Jane."
                                + "|It was a long night: the whole region went down.|And what did it mean for you?",
                        "JANE DOE|JANE DOE|John|John|Jane Doe"),
                Arguments.of("plain-fr.txt", TranscriptFormat.PLAIN, new double[] {0, 3.2, 6.0, 10.4, 11.4},
                        "Bonsoir à tous et bienvenue dans cette émission.|M. Dupont est avec nous ce soir !"
                                + "|Nous allons parler de l'économie, de la politique et du sport.|Êtes-vous prêts ?"
                                + "|C'est parti.", "-|-|-|-|-"));
    }

    @ParameterizedTest(name = "{0} detected as {1}")
    @MethodSource("fixtures")
    void detectsAndParses(String fixture, TranscriptFormat format, double[] starts, String texts, String speakers) {
        ParsedTranscript parsed = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/" + fixture), AT_REFERENCE);

        assertThat(parsed.format()).isEqualTo(format);
        assertExpectedCues(parsed, starts, texts, speakers);
        assertValidTimeline(parsed.cues());
        assertThat(parsed.timesEstimated()).isEqualTo(format == TranscriptFormat.PLAIN);
    }

    @ParameterizedTest(name = "{0} read as explicit {1}")
    @MethodSource("fixtures")
    void parsesWhenTheFormatIsNamed(String fixture, TranscriptFormat format, double[] starts, String texts,
                                    String speakers) {
        ParseHints hints = new ParseHints(format.id().toUpperCase(), null, null, null, null, LocalDate.of(2026, 1, 21));
        ParsedTranscript parsed = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/" + fixture), hints);

        assertThat(parsed.format()).isEqualTo(format);
        assertExpectedCues(parsed, starts, texts, speakers);
    }

    private static void assertExpectedCues(ParsedTranscript parsed, double[] starts, String texts, String speakers) {
        List<Cue> cues = parsed.cues();
        assertThat(cues).extracting(c -> Math.round(c.start() * 1000) / 1000.0)
                .containsExactly(Arrays.stream(starts).boxed().toArray(Double[]::new));
        assertThat(cues).extracting(Cue::text).containsExactly(texts.split("\\|"));
        assertThat(cues).extracting(c -> c.speaker() == null ? "-" : c.speaker())
                .containsExactly(speakers.split("\\|"));
    }

    private static void assertValidTimeline(List<Cue> cues) {
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            assertThat(cue.end()).as("end of cue %d", i + 1).isGreaterThanOrEqualTo(cue.start());
            if (i + 1 < cues.size()) {
                assertThat(cue.end()).as("cue %d overlaps the next", i + 1).isLessThanOrEqualTo(cues.get(i + 1).start());
            }
        }
    }

    @Test
    void pageHeaderGivesMetadataInFrench() {
        ParsedTranscript parsed = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/page-glued-fr.txt"),
                new ParseHints(null, null, null, null, null, LocalDate.of(2026, 1, 10)));

        assertThat(parsed.metadata().host()).isEqualTo("Marie Lefèvre");
        assertThat(parsed.metadata().guests()).containsExactly(
                new Person("Paul Martin", "économiste", "Natixis"), Person.named("Anne Dubois"));
        assertThat(parsed.metadata().announcedTopics())
                .containsExactly("l'inflation", "le prix de l'énergie", "la dette publique");
        assertThat(parsed.metadata().show()).isEqualTo("Le Débrief Éco");
        assertThat(parsed.metadata().airDate()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(parsed.warnings()).anyMatch(w -> w.startsWith("gap of 74 min before cue 4 (1:15:30 after 01:02)"));
    }

    @Test
    void pageHeaderGivesMetadataInEnglish() {
        ParsedTranscript parsed = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/page-spaced-en.txt"), AT_REFERENCE);

        assertThat(parsed.metadata().host()).isEqualTo("Jane Smith");
        assertThat(parsed.metadata().guests()).containsExactly(
                new Person("John Doe", "CEO", "Acme Corp"), new Person("Mary Major", "head of research", "Globex"));
        assertThat(parsed.metadata().announcedTopics())
                .containsExactly("cloud outages", "the price of GPUs", "open-source models");
        assertThat(parsed.metadata().show()).isEqualTo("Tech Tonight");
        assertThat(parsed.metadata().airDate()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(parsed.metadata().language()).isEqualTo("en");
    }

    @Test
    void callerHintsWinOverTheDescription() {
        ParseHints hints = new ParseHints("page", "Given Show", "Episode 12", LocalDate.of(2020, 2, 2), "fr",
                LocalDate.of(2026, 1, 21));
        ParsedTranscript parsed = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/page-spaced-en.txt"), hints);

        assertThat(parsed.metadata().show()).isEqualTo("Given Show");
        assertThat(parsed.metadata().title()).isEqualTo("Episode 12");
        assertThat(parsed.metadata().airDate()).isEqualTo(LocalDate.of(2020, 2, 2));
        assertThat(parsed.metadata().language()).isEqualTo("en");
        assertThat(parsed.warnings()).contains("detected language 'en' differs from the announced 'fr'");
    }

    @Test
    void speakerChapterHeadingsBecomeHintsAtTheNextCue() {
        ParsedTranscript names = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/speaker-names.txt"), AT_REFERENCE);
        ParsedTranscript turns = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/speaker-clock-turns.txt"), AT_REFERENCE);

        assertThat(names.chapterHints()).containsExactly(new ChapterHint(1, "Ouverture"), new ChapterHint(75, "Pricing"));
        assertThat(turns.chapterHints()).containsExactly(new ChapterHint(10, "La radioactivité"));
        assertThat(names.warnings()).contains("1 lines holding only a number dropped");
    }

    @Test
    void vttAndSrtKeepGivenEndsAndRepairBackwardEnds() {
        ParsedTranscript vtt = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/captions.vtt"), AT_REFERENCE);
        ParsedTranscript srt = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/captions.srt"), AT_REFERENCE);

        assertThat(vtt.cues()).extracting(Cue::end).containsExactly(4.5, 7.25, 10.0);
        assertThat(srt.cues()).extracting(Cue::end).containsExactly(4.0, 6.5, 9.0, 10.2);
        assertThat(srt.warnings()).contains("cue 4 ends before it starts (00:08 before 00:09)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "'00:00:01.500\tBonjour à tous.\n00:00:05.250\tMerci.';1.5|5.25;Bonjour à tous.|Merci.",
            "'00:00:01,000 Bonjour.\n00:00:05,000 Merci.';1|5;Bonjour.|Merci.",
            "'00:01 - Bonjour.\n00:05 – Merci.\n00:09 | Au revoir.';1|5|9;Bonjour.|Merci.|Au revoir.",
            "'0:01Ce soir,\n0:03,5 millions de vues.';1|3;Ce soir,|,5 millions de vues.",
            "'00:01 Bonjour - merci.\n00:04:Texte';1|4;Bonjour - merci.|:Texte"})
    void pageLinesReadTheirTimeAndDropTheSeparator(String text, String starts, String texts) {
        ParsedTranscript parsed = Fixtures.PARSER.parse(Fixtures.utf8(text), ParseHints.format("page"));
        assertThat(parsed.cues()).extracting(c -> c.start())
                .containsExactly(java.util.Arrays.stream(starts.split("\\|")).map(Double::valueOf).toArray(Double[]::new));
        assertThat(parsed.cues()).extracting(c -> c.text()).containsExactly(texts.split("\\|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "'WEBVTT\n\n00:01.000 --> 00:02.000\nhi there';webvtt",
            "'\n\nWEBVTT\n';webvtt",
            "'1\n00:00:01,000 --> 00:00:02,000\nhi';srt",
            "'Alice :\n[0:01] hi';speaker",
            "'0:00:01 à 0:00:05 Alice :\nhi';speaker",
            "'1.0 - 2.5 SPEAKER_00\nhi';speaker",
            "'00:01Bonjour\n00:03Au revoir';page",
            "'Intro\nTranscript\n0:01 hi';page",
            "'Just a sentence. And another one at 10:30 tonight.';plain",
            "'Le rendez-vous est à 20:30.\nVenez nombreux.\nMerci.';plain",
            "'Jane Doe  0:00\nHello.\nJohn  0:04\nHi.';speaker",
            "'Speaker 1 (00:00:01): Hello.\nSpeaker 2 (00:00:05): Hi.';speaker",
            "'Le rendez-vous est fixé à\nRendez-vous 20:30\nVenez nombreux.\nMerci.\nÀ bientôt.\nBonne soirée.';plain",
            "'The meeting starts at 10:30\nSee you there.';plain"})
    void detectsTheFormat(String text, String expected) {
        assertThat(new FormatDetector().detect(text).id()).isEqualTo(expected);
    }
}
