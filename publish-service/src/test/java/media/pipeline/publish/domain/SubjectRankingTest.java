package media.pipeline.publish.domain;

import static media.pipeline.publish.domain.FrenchTechShow.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which entity a topic chapter is about: mentions, type, the host's lead-in and the episode's spread. */
class SubjectRankingTest {
    private static final EntityMention GOOGLE = entity("Google", EntityType.ORGANIZATION, 9);
    private static final EntityMention OPENAI = entity("OpenAI", EntityType.ORGANIZATION, 5);
    private static final EntityMention CHROME = entity("Chrome", EntityType.PRODUCT, 4);
    private static final EntityMention PARIS = entity("Paris", EntityType.PLACE, 7);
    private static final EntityMention HOST = entity("Claire Dumas", EntityType.PERSON, 20);
    private static final List<String> FILLER = List.of("Une phrase sans nom.", "Encore une phrase.", "Et une autre.",
            "Puis une quatrième.", "Une cinquième.", "Une sixième.", "Une septième.", "Une huitième.");

    private static List<String> sentences(String... opening) {
        return Stream.concat(Stream.of(opening), FILLER.stream()).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // entities, sentences in time order, other topic chapters' entities, expected subject
                // no context: mentions decide
                Arguments.of(List.of(OPENAI, GOOGLE), List.of(), List.of(), "Google"),
                // the host's lead-in names the topic: it beats a higher count
                Arguments.of(List.of(GOOGLE, OPENAI),
                        sentences("C'est tombé il y a quelques minutes, OpenAI qui annonce son navigateur."),
                        List.of(), "OpenAI"),
                // the first sentence weighs more than the third
                Arguments.of(List.of(GOOGLE, OPENAI),
                        sentences("Google et son navigateur.", "Rien ici.", "OpenAI arrive."), List.of(), "Google"),
                // named only after the first 15 % of the sentences: no lead-in boost
                Arguments.of(List.of(GOOGLE, OPENAI),
                        Stream.concat(FILLER.stream(), Stream.of("OpenAI annonce son navigateur.")).toList(),
                        List.of(), "Google"),
                // spread out over the episode: a name heard in every chapter yields
                Arguments.of(List.of(GOOGLE, OPENAI), List.of(),
                        List.of(List.of(GOOGLE), List.of(GOOGLE, CHROME), List.of(GOOGLE)), "OpenAI"),
                // ... but not when it is in one other chapter of three
                Arguments.of(List.of(GOOGLE, OPENAI), List.of(),
                        List.of(List.of(GOOGLE), List.of(CHROME), List.of(PARIS)), "Google"),
                // an entity with 0 mentions elsewhere does not count as spread
                Arguments.of(List.of(GOOGLE, OPENAI), List.of(),
                        List.of(List.of(entity("Google", EntityType.ORGANIZATION, 0)),
                                List.of(entity("Google", EntityType.ORGANIZATION, 0))), "Google"),
                // a place counts half, even in the lead-in against a product in the second sentence
                Arguments.of(List.of(PARIS, CHROME), sentences("À Paris ce soir.", "Chrome change tout."), List.of(),
                        "Chrome"),
                // the host is never the subject, lead-in or not
                Arguments.of(List.of(HOST, CHROME), sentences("Claire Dumas vous présente Chrome."), List.of(),
                        "Chrome"),
                // English works the same way
                Arguments.of(List.of(GOOGLE, OPENAI),
                        sentences("Breaking news: OpenAI launches its own browser tonight."),
                        List.of(List.of(GOOGLE)), "OpenAI"));
    }

    @ParameterizedTest(name = "[{index}] -> {3}")
    @MethodSource("cases")
    void subject(List<EntityMention> entities, List<String> sentences, List<List<EntityMention>> others, String expected) {
        assertThat(HeadlineWriter.rankSubjects(entities, "Claire Dumas", sentences, EntitySpread.of(others)).get(0).name())
                .isEqualTo(expected);
    }
}
