package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class LanguageTest {
    /**
     * The look-ahead of the greeting and filler-phrase patterns must change no match: compared with the same
     * patterns without it on random sentences of the patterns' own words (in any case), other words and
     * punctuation.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theLookAheadFindsWhatThePlainPatternFinds(Language language) {
        Pattern greeting = language.greeting;
        Pattern fillers = Language.phrasesAtWordStart(language.fillerPhrases);
        Random random = new Random(20261208L + language.ordinal());
        int found = 0;
        for (Pattern fast : List.of(greeting, fillers)) {
            Pattern plain = Pattern.compile(fast.pattern().replaceFirst("\\(\\?=\\[[^\\]]*\\]\\)", ""));
            assertThat(plain.pattern()).isNotEqualTo(fast.pattern());
            List<String> words = new ArrayList<>(List.of("le", "the", "Ça", "über", "x", "à", "1", ",", "'", "-", "…"));
            words.addAll(language.fillerPhrases);
            for (String w : fast.pattern().split("[^\\p{L}']+")) {
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
            for (int round = 0; round < 1000; round++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0, n = random.nextInt(12); i < n; i++) {
                    String w = words.get(random.nextInt(words.size()));
                    w = switch (random.nextInt(3)) {
                        case 0 -> w.toUpperCase(Locale.ROOT);
                        case 1 -> SentenceCleaner.capitaliseFirst(w);
                        default -> w;
                    };
                    sb.append(w).append(random.nextInt(4) == 0 ? "" : " ");
                }
                String text = sb.toString();
                List<String> got = fast.matcher(text).results().map(r -> r.start() + "-" + r.end()).toList();
                assertThat(got).as("%s in '%s'", fast, text)
                        .isEqualTo(plain.matcher(text).results().map(r -> r.start() + "-" + r.end()).toList());
                found += got.size();
            }
        }
        assertThat(found).as("matches compared").isGreaterThan(100);
    }

    @Test
    void alternativesMustStartWithALetter() {
        assertThatIllegalArgumentException().isThrownBy(() -> Language.atWordStart("bonjour|(salut)", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> Language.phrasesAtWordStart(List.of("en fait", " du")));
        assertThatIllegalArgumentException().isThrownBy(() -> Language.phrasesAtWordStart(List.of()));
        assertThat(Language.atWordStart("bonne (nuit|soirée)|à demain", "").matcher("Bonne nuit et À DEMAIN").results()
                .count()).isEqualTo(2);
    }
}
