package media.pipeline.segment.domain.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAndTokenizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Élysée, elysee", "Œuvre, oeuvre", "États-Unis, etatsunis", "Open&Eye, openeye",
            "d’OVHcloud, dovhcloud", "'', ''"})
    void keysFoldCaseAccentsAndPunctuation(String in, String key) {
        assertThat(Text.key(in)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"OpenAI, openai", "AWS-2025, aws2025", "a.b_c d, abcd", "TF1, tf1", "abc, abc", "Ça, ca", "ß, ss",
            "café crème, cafecreme", "İstanbul, istanbul", "x², x²", "Москва, москва"})
    void keysOfAsciiAndOtherTextAgreeWithTheRegexDefinition(String in, String key) {
        assertThat(Text.key(in)).isEqualTo(key)
                .isEqualTo(Text.fold(in).replaceAll("[^\\p{L}\\p{N}]+", ""));
    }

    @Test
    void tokensCarryTheirKey() {
        assertThat(new Tokenizer().tokens("Chez Open&Eye, l'IA.")).extracting(Token::key)
                .containsExactly("chez", "openeye", "ia");
    }

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({"Claba, Klaba", "Au VH Cloud, OVHcloud", "Salim, Salime", "Sergei, Sergey", "Maars, Mars",
            "Open&Eye, OpenAI", "Filippe, Philippe"})
    void frenchPhoneticKeysMeet(String said, String known) {
        assertThat(Text.phonetic(Text.key(said))).isEqualTo(Text.phonetic(Text.key(known)));
    }

    @ParameterizedTest(name = "{0} does not sound like {1}")
    @CsvSource({"Google, Gemini", "club, cloud", "Mistral, Minstrel", "Red, Krebs", "Orange, Oracle"})
    void differentWordsKeepDifferentKeys(String a, String b) {
        assertThat(Text.phonetic(Text.key(a))).isNotEqualTo(Text.phonetic(Text.key(b)));
    }

    @Test
    void tokenizerDropsElisionAndPossessiveAndMarksSentenceStarts() {
        List<Token> tokens = new Tokenizer().tokens("L'IA d'OVHcloud. Jusqu'à OpenAI's aujourd’hui Open&Eye");

        assertThat(tokens).extracting(Token::text)
                .containsExactly("IA", "OVHcloud", "à", "OpenAI", "aujourd’hui", "Open&Eye");
        assertThat(tokens).extracting(Token::sentenceInitial)
                .containsExactly(false, false, false, false, false, false);
        assertThat(new Tokenizer().tokens("Bonjour. Orange")).extracting(Token::sentenceInitial)
                .containsExactly(true, true);
        assertThat(new Tokenizer().tokens("")).isEmpty();
    }

    @Test
    void capitalsAndAcronyms() {
        List<Token> tokens = new Tokenizer().tokens("AWS iPhone Google cloud TF1");
        assertThat(tokens).extracting(Token::acronym).containsExactly(true, false, false, false, true);
        assertThat(tokens).extracting(Token::capitalised).containsExactly(true, true, true, false, true);
    }
}
