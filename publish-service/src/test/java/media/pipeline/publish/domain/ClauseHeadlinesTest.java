package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseHeadlinesTest {
    private static final TermAnalyzer ANALYZER = new TermAnalyzer();
    private static final List<String> NAMES = List.of("OpenAI", "ChatGPT Atlas", "ChatGPT", "Google", "Octave Klaba",
            "OVHcloud", "Sam Altman", "AWS");

    private static String clause(String language, String subject, String sentence) {
        String c = new ClauseHeadlines(Language.of(language), ANALYZER)
                .clause(sentence, subject, List.of("navigateur", "IA", "browser"), NAMES);
        return c == null ? "" : c;
    }

    @ParameterizedTest(name = "[{index}] {0}: ''{2}'' -> ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            # the host's lead-in: relative pronoun dropped, clause runs to the sentence's end, names whole
            fr | OpenAI       | C'est tombé, il y a quelques minutes, OpenAI qui annonce lancer son propre navigateur ChatGPT Atlas. | OpenAI annonce lancer son propre navigateur ChatGPT Atlas
            # a sentence starting with fillers, fillers inside the clause
            fr | OpenAI       | Alors, évidemment, OpenAI lance en fait son navigateur, voilà.                 | OpenAI lance son navigateur
            fr | OpenAI       | Voilà, OpenAI, alors, veut évidemment détrôner Google.                          | OpenAI veut détrôner Google
            # no verb after the subject
            fr | AWS          | C'était la panne AWS, on en a un peu parlé hier soir.                            | ''
            fr | OpenAI       | OpenAI, Google et les autres.                                                    | ''
            # governed by a preposition or an article: not the subject
            fr | OpenAI       | Le navigateur d'OpenAI arrive ce soir.                                           | ''
            fr | Google       | On travaille chez Google depuis dix ans.                                         | ''
            # negation and elision before the verb
            fr | Octave Klaba | Octave Klaba n'a jamais quitté l'entreprise, il faut le dire.                    | Octave Klaba n'a jamais quitté l'entreprise
            # a short clause goes on after a comma with an infinitive complement
            fr | Octave Klaba | Parce que Octave Klaba a décidé de revenir, de reprendre la direction de l'entreprise, c'est une surprise. | Octave Klaba a décidé de revenir, de reprendre la direction de l'entreprise
            # clause boundary: conjunction, subject pronoun; trailing function words dropped
            fr | Google       | Google réagit très vite mais il ne dit rien.                                     | Google réagit très vite
            fr | OpenAI       | OpenAI lance son navigateur pour les.                                            | OpenAI lance son navigateur
            # a name that is not canonical ends the clause; too little is left
            fr | OpenAI       | OpenAI rachète Michel Paulin Conseil.                                            | ''
            fr | OpenAI       | OpenAI est là.                                                                   | ''
            # quotes: kept when closed, a quotation cut open is dropped
            fr | Sam Altman   | Sam Altman promet « une révolution » pour le web.                                | Sam Altman promet « une révolution » pour le web
            fr | Sam Altman   | Sam Altman promet le web de demain « avec des agents, partout ».                 | Sam Altman promet le web
            # a very long sentence: at most 14 words after the subject, at most 90 characters, cut at a word
            fr | OpenAI       | OpenAI prépare un nouveau navigateur web entièrement piloté par des agents autonomes capables de réserver des billets de train pour les utilisateurs européens. | OpenAI prépare un nouveau navigateur web entièrement piloté par des agents autonomes
            # an acronym keyword may appear
            fr | Google       | Google mise tout sur l'IA générative dans son navigateur.                        | Google mise tout sur l'IA générative dans son navigateur
            en | OpenAI       | So, OpenAI, which launches its own browser today, takes on Google.               | OpenAI launches its own browser
            en | OpenAI       | Well, you know, OpenAI is launching its own browser and Google is worried.       | OpenAI is launching its own browser
            en | OpenAI       | OpenAI actually unveiled ChatGPT Atlas, a browser built around ChatGPT.          | OpenAI unveiled ChatGPT Atlas
            en | OpenAI       | OpenAI's browser is out.                                                         | ''
            en | OpenAI       | The browser of OpenAI is out.                                                    | ''
            en | Google       | Google, Apple and Amazon.                                                        | ''
            en | Sam Altman   | Sam Altman said "this is the future" on stage.                                   | Sam Altman said "this is the future" on stage
            """)
    void clauses(String language, String subject, String sentence, String expected) {
        String c = clause(language, subject, sentence);
        assertThat(c).isEqualTo(expected);
        assertThat(c.length()).isLessThanOrEqualTo(ChapterSummary.MAX_HEADLINE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            promet « une révolution »     | promet « une révolution »
            promet « une révolution       | promet
            dit » bonjour                 | dit bonjour
            said "this is it" today       | said "this is it" today
            said "this is                 | said
            """)
    void quotes(String text, String expected) {
        assertThat(ClauseHeadlines.balanceQuotes(text)).isEqualTo(expected);
    }
}
