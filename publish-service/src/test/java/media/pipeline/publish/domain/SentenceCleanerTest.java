package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceCleanerTest {
    private final SentenceCleaner cleaner = new SentenceCleaner();

    @ParameterizedTest(name = "[{0}] ''{1}'' -> ''{2}''")
    @CsvSource(delimiter = '|', emptyValue = "", nullValues = "NULL", textBlock = """
            FR | Alors, on commence par le cloud.                       | On commence par le cloud.
            FR | Voilà, c'est fait                                      | C'est fait.
            FR | Euh, voilà, bon, alors, le sujet du jour               | Le sujet du jour.
            FR | euh le cloud euh souverain                             | Le cloud souverain.
            FR | le cloud, euh, souverain                               | Le cloud souverain.
            FR | le cloud, EUH, souverain ; Heuu humain                 | Le cloud souverain humain.
            EN | the HMM humane hummus, Uhh, erm; term                  | The humane hummus term.
            FR | Alors que le marché baisse, l'action monte.            | Alors que le marché baisse, l'action monte.
            FR | Bon courage à tous.                                    | Bon courage à tous.
            FR | Heureusement, le service a repris.                     | Heureusement, le service a repris.
            FR | écoutez, les serveurs tournent                         | Les serveurs tournent.
            FR | éric a raison ;                                        | Éric a raison.
            FR | ça va ?                                                | Ça va ?
            FR | « C'est énorme. »                                      | « C'est énorme. »
            FR | ... et donc, voilà                                     | Et donc, voilà.
            FR | <i>Le chat</i> revendique <b>deux</b> millions         | Le chat revendique deux millions.
            FR | <script>alert('x')</script> rien à signaler            | Alert('x') rien à signaler.
            FR | 2 milliards d'euros levés                              | 2 milliards d'euros levés.
            FR | euh...                                                 | ''
            FR | Euh, euh.                                              | ''
            FR | ''                                                     | ''
            FR | NULL                                                   | ''
            EN | So, we start with the cloud                            | We start with the cloud.
            EN | um, well, the servers are down                         | The servers are down.
            EN | So far the servers held up.                            | So far the servers held up.
            EN | you know, it's huge!                                   | It's huge!
            EN | and, uh, that was it                                   | And that was it.
            """)
    void cleans(Language language, String in, String expected) {
        assertThat(cleaner.clean(in, language)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            élan       | Élan
            ǆemal     | ǅemal
            « oui »    | « Oui »
            42 ans     | 42 ans
            """)
    void capitalisesTheFirstLetterOnly(String in, String expected) {
        assertThat(SentenceCleaner.capitaliseFirst(in)).isEqualTo(expected);
    }

    /** The backward scan answers as the regex it replaced, on random endings. */
    @org.junit.jupiter.api.Test
    void endsWithStopAnswersAsTheRegex() {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(".*[.!?…][\\s\"»”’')\\]]*$",
                java.util.regex.Pattern.DOTALL);
        String[] pieces = {"a", "é", ".", "!", "?", "…", " ", "\t", "\n", "\"", "»", "”", "’", "'", ")", "]", "(", ",", ";",
            "\u00A0", "\u000B"};
        java.util.Random random = new java.util.Random(20261208);
        int stops = 0;
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = random.nextInt(8); i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            boolean expected = regex.matcher(s).matches();
            org.assertj.core.api.Assertions.assertThat(SentenceCleaner.endsWithStop(s)).as("'%s'", s).isEqualTo(expected);
            stops += expected ? 1 : 0;
        }
        org.assertj.core.api.Assertions.assertThat(stops).isBetween(500, 4500);
    }
}
