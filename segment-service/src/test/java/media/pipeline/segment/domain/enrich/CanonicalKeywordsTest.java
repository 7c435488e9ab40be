package media.pipeline.segment.domain.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalKeywordsTest {
    private static final List<EntityMention> ENTITIES = List.of(
            new EntityMention("Octave Klaba", EntityType.PERSON, 3, List.of("Octave Claba", "Octave")),
            new EntityMention("OVHcloud", EntityType.ORGANIZATION, 5, List.of("OVH Cloud", "Au VH Cloud", "OVH")),
            new EntityMention("OpenAI", EntityType.ORGANIZATION, 2, List.of("Open&Eye")),
            new EntityMention("Élysée", EntityType.PLACE, 1, List.of("Elysée")));

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, keywords, expected
                Arguments.of("empty", List.of(), List.of()),
                Arguments.of("misheard name becomes the entity's name", List.of("cloud public", "Octave Claba", "incarne"),
                        List.of("cloud public", "Octave Klaba", "incarne")),
                Arguments.of("case, spaces and punctuation aside", List.of("ovh cloud", "open & eye"), List.of("OVHcloud", "OpenAI")),
                Arguments.of("accents aside", List.of("elysee"), List.of("Élysée")),
                Arguments.of("a word inside a name is left alone", List.of("cloud", "eye", "octave klaba fan"),
                        List.of("cloud", "eye", "octave klaba fan")),
                Arguments.of("two spellings of one entity keep the first place", List.of("OVH Cloud", "serveurs", "Au VH Cloud", "OVHcloud"),
                        List.of("OVHcloud", "serveurs")),
                Arguments.of("a person's name word alone is the person, once", List.of("Klaba", "retour", "octave", "Ovh"),
                        List.of("Octave Klaba", "retour", "OVHcloud")),
                Arguments.of("an organisation's word is not the organisation", List.of("cloud", "open"), List.of("cloud", "open")),
                Arguments.of("blank keywords dropped, Unicode kept", List.of(" ", "données", "東京"), List.of("données", "東京")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keywordsUnderCanonicalNames(String name, List<String> keywords, List<String> expected) {
        assertThat(new CanonicalKeywords(ENTITIES).apply(keywords)).containsExactlyElementsOf(expected);
    }

    @Test
    void withoutEntitiesKeywordsAreUnchanged() {
        assertThat(new CanonicalKeywords(List.of()).apply(List.of("panne", "AWS", "région"))).containsExactly("panne", "AWS", "région");
    }

    @Test
    void nullsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> new CanonicalKeywords(null));
        assertThatNullPointerException().isThrownBy(() -> new CanonicalKeywords(ENTITIES).apply(null));
    }
}
