package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
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

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new CanonicalNames(null));
    }
}
