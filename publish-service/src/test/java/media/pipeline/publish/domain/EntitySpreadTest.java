package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitySpreadTest {
    private static EntityMention e(String name, int mentions) {
        return new EntityMention(name, EntityType.ORGANIZATION, mentions, List.of());
    }

    private static final List<List<EntityMention>> CHAPTERS = List.of(
            List.of(e("Google", 2), e("google ", 1)),   // one chapter, however often it lists the name
            List.of(e("Google", 1), e("Élysée", 1)),
            List.of(e("Google", 0), e("ÉLYSÉE", 3)),    // listed without a mention: not counted
            List.of());

    @ParameterizedTest(name = "{0}: {1} of all chapters, {2} without the first")
    @CsvSource(textBlock = """
            Google,   2, 1
            GOOGLE,   2, 1
            élysée,   2, 2
            OpenAI,   0, 0
            '',       0, 0
            """)
    void countsTheChaptersThatMentionAName(String name, int all, int withoutFirst) {
        EntitySpread spread = EntitySpread.of(CHAPTERS);
        assertThat(spread.chapters()).isEqualTo(4);
        assertThat(spread.chaptersMentioning(name)).isEqualTo(all);
        EntitySpread others = spread.without(CHAPTERS.get(0));
        assertThat(others.chapters()).isEqualTo(3);
        assertThat(others.chaptersMentioning(name)).isEqualTo(withoutFirst);
    }

    @Test
    void leavesOutOneChapterAtMost() {
        EntitySpread others = EntitySpread.of(CHAPTERS).without(CHAPTERS.get(3));
        assertThat(others.chaptersMentioning("Google")).as("the chapter left out named nothing").isEqualTo(2);
        assertThatIllegalStateException().isThrownBy(() -> others.without(CHAPTERS.get(1)));
        assertThatIllegalStateException().isThrownBy(() -> EntitySpread.NONE.without(List.of()));
        assertThat(EntitySpread.of(List.of())).isSameAs(EntitySpread.NONE);
    }
}
