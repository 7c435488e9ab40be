package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalNamesTest {
    private final CanonicalNames names = new CanonicalNames(List.of(
            new EntityMention("Octave Klaba", EntityType.PERSON, 3, List.of("Octave Claba", "Claba", "Klaba")),
            new EntityMention("OVHcloud", EntityType.ORGANIZATION, 2, List.of("OVH Cloud", "OVH", "ovhcloud")),
            new EntityMention("Orange", EntityType.ORGANIZATION, 1, List.of("orange")),
            new EntityMention("Zoé Müller", EntityType.PERSON, 1, List.of("Zoe Muller"))));

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Octave Claba revient.                         | Octave Klaba revient.
            octave claba revient.                         | Octave Klaba revient.
            Claba revient chez OVH Cloud.                 | Octave Klaba revient chez OVHcloud.
            Octave Klaba revient.                         | Octave Klaba revient.
            Klaba revient.                                | Octave Klaba revient.
            la direction d'OVH et d'OVH Cloud             | la direction d'OVHcloud et d'OVHcloud
            Clabaud et OVHs ne sont pas des entités.      | Clabaud et OVHs ne sont pas des entités.
            Une veste orange.                             | Une veste orange.
            ovhcloud tout en minuscules                   | ovhcloud tout en minuscules
            Zoe Muller et Zoé Müller                      | Zoé Müller et Zoé Müller
            <b>Octave Claba</b> --> OVH                   | <b>Octave Klaba</b> --> OVHcloud
            """)
    void replacesSurfaceFormsWithCanonicalNames(String in, String expected) {
        assertThat(names.apply(in)).isEqualTo(expected);
    }

    @Test
    void withoutEntitiesTextIsUnchanged() {
        assertThat(new CanonicalNames(List.of()).apply("Octave Claba")).isEqualTo("Octave Claba");
        assertThat(names.apply("")).isEmpty();
        assertThat(names.apply(null)).isNull();
    }

    /**
     * The alternation's first-character check must not change what it finds: compared with the plain
     * alternation on random text and names over characters whose case folding is irregular (dotted and
     * dotless i, long s, the Kelvin and Ångström signs, ß, µ, ÿ, a character outside the BMP).
     */
    @Test
    void theFirstCharacterCheckFindsWhatThePlainAlternationFinds() {
        String[] letters = {"i", "I", "İ", "ı", "s", "S", "ſ", "k", "K", "\u212A", "ß", "é", "É", "Å", "å", "\u212B",
            "ÿ", "Ÿ", "µ", "Μ", "μ", "\uD835\uDC9C"};
        String[] text = {"i", "I", "İ", "ı", "s", "S", "ſ", "k", "K", "\u212A", "ß", "é", "É", "Å", "å", "\u212B",
            "ÿ", "Ÿ", "µ", "Μ", "μ", "\uD835\uDC9C", " ", " ", " ", " ", " ", "-", "'", "1"};
        Random random = new Random(20261128);
        int found = 0;
        for (int round = 0; round < 3000; round++) {
            List<String> texts = new ArrayList<>();
            for (int t = 0, count = 1 + random.nextInt(4); t < count; t++) {
                texts.add(word(random, letters, 1 + random.nextInt(2)));
            }
            String sentence = word(random, text, random.nextInt(60));
            List<String> got = matches(CanonicalNames.alternation(texts), sentence);
            assertThat(got).as("%s in '%s'", texts, sentence).isEqualTo(matches(plain(texts), sentence));
            found += got.size();
        }
        assertThat(found).as("matches compared").isGreaterThan(500);
    }

    private static String word(Random random, String[] alphabet, int length) {
        return random.ints(length, 0, alphabet.length).mapToObj(i -> alphabet[i]).collect(Collectors.joining());
    }

    private static List<String> matches(Pattern p, String text) {
        return p.matcher(text).results().map(r -> r.start() + "-" + r.end()).toList();
    }

    /** The alternation as it was before the first-character check. */
    private static Pattern plain(List<String> input) {
        List<String> texts = new ArrayList<>(input);
        texts.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < texts.size(); i++) {
            sb.append(i > 0 ? "|" : "").append(Pattern.quote(texts.get(i)));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new CanonicalNames(null));
    }
}
