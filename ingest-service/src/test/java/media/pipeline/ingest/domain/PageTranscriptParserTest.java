package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page layout variants, line by line ("\n" in the table stands for a line break). */
class PageTranscriptParserTest {
    private final PageTranscriptParser parser = new PageTranscriptParser(new RelativeAgeParser());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "label glued to the first cue|TVTranscription00:01Bonjour\\n00:03Salut|1.0,3.0|Bonjour/Salut",
            "timestamp alone, text on next line|Transcript\\n00:01\\nHello there\\n00:04 Bye|1.0,4.0|Hello there/Bye",
            "navigation inside the cues|Transcript\\n00:01 Hi\\nSkip to player\\n\\n00:02 Ho|1.0,2.0|Hi/Ho",
            "comment count trailer|Transcription\\n00:01 Salut\\n12 commentaires\\nBravo|1.0|Salut",
            "German comment trailer|Transkript\\n00:01 Hallo\\n4 Kommentare\\nToll|1.0|Hallo",
            "Dutch label|Transcriptie\\n00:01 Hallo\\n00:02 Dag|1.0,2.0|Hallo/Dag",
            "digits after the seconds stay text|00:01Intro\\n01:0220 ans après|1.0,62.0|Intro/20 ans après",
            "Unicode and emoji kept|00:01 Ça va ? 🙂 日本\\n00:02 Ünïcödé|1.0,2.0|Ça va ? 🙂 日本/Ünïcödé",
            "impossible clock continues the cue|00:01 Score\\n1:75:00 final|1.0|Score 1:75:00 final",
            "times going backwards are kept for repair|00:10 B\\n00:05 A|10.0,5.0|B/A"})
    void readsVariants(String label, String page, String starts, String texts) {
        ParseResult result = parser.parse(page.replace("\\n", "\n"));

        assertThat(result.lines()).extracting(TimedLine::start)
                .containsExactly(java.util.Arrays.stream(starts.split(",")).map(Double::valueOf).toArray(Double[]::new));
        assertThat(result.lines()).extracting(TimedLine::text).containsExactly(texts.split("/"));
        assertThat(result.lines()).noneMatch(TimedLine::hasEnd);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "- il y a 3 mois\\nUne description.\\nCatégorie\\n📺\\nTVTranscription\\n00:01 a|il y a 3 mois|Une description.|TV",
            "Skip to player\\n2 years ago\\nA description.\\nCategory\\nNews\\nTranscript\\n0:01 a|2 years ago|A description.|News",
            "Transcript\\n00:01 a|||",
            "hace 2 semanas\\nUna descripción.\\nCategoría\\nNoticias\\nTranscripción\\n00:01 a|hace 2 semanas|Una descripción.|Noticias",
            "vor 3 Monaten\\nEine Beschreibung.\\nKategorie\\nTV\\nTranskript\\n00:01 a|vor 3 Monaten|Eine Beschreibung.|TV",
            "3 mesi fa\\nUna descrizione.\\nTrascrizione\\n00:01 a|3 mesi fa|Una descrizione.|",
            "2 weken geleden\\nEen beschrijving.\\nTranscriptie\\n00:01 a|2 weken geleden|Een beschrijving.|",
            "há 5 dias\\nUma descrição.\\nTranscrição\\n00:01 a\\n3 comentários|há 5 dias|Uma descrição.|"})
    void readsTheHeader(String page, String age, String description, String category) {
        PageHeader header = parser.parse(page.replace("\\n", "\n")).header();

        assertThat(header.ageLine()).isEqualTo(age);
        assertThat(header.description()).isEqualTo(description);
        assertThat(header.category()).isEqualTo(category);
    }
}
