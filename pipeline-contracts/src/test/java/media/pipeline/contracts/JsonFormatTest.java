package media.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.Samples.EventCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How events look on the wire: dates, nulls, lists, defaults, Unicode. */
class JsonFormatTest {
    private static final ObjectMapper MAPPER = PipelineJson.mapper();

    @Test
    void datesAreIsoStringsNotArraysOrNumbers() throws Exception {
        JsonNode announced = MAPPER.valueToTree(Samples.EPISODE_ANNOUNCED);
        JsonNode published = MAPPER.valueToTree(Samples.CHAPTERS_PUBLISHED);
        JsonNode ingested = MAPPER.valueToTree(Samples.TRANSCRIPT_INGESTED);

        assertThat(announced.get("airDate").isTextual()).isTrue();
        assertThat(announced.get("airDate").asText()).isEqualTo("2025-10-21");
        assertThat(ingested.at("/metadata/airDate").asText()).isEqualTo("2025-10-21");
        assertThat(published.get("airDate").asText()).isEqualTo("2025-10-21");
        assertThat(published.get("publishedAt").isTextual()).isTrue();
        assertThat(published.get("publishedAt").asText()).isEqualTo("2025-10-21T18:42:07.123Z");
        assertThat(ingested.get("occurredAt").asText()).isEqualTo("2025-10-21T18:42:07.123Z");
        assertThat(MAPPER.writeValueAsString(Samples.CHAPTERS_PUBLISHED))
                .contains("\"airDate\":\"2025-10-21\"", "\"publishedAt\":\"2025-10-21T18:42:07.123Z\"")
                .doesNotContain("[2025,10,21]");
    }

    @Test
    void instantWithAnOffsetIsReadAsTheSameMomentAndWrittenInUtc() throws Exception {
        String json = "{\"episodeId\": \"ep\", \"revision\": 1, \"durationSeconds\": 0, \"publishedAt\": \"2025-10-21T20:42:07.5+02:00\"}";

        ChaptersPublished read = EventReader.of(ChaptersPublished.class).read(json);

        assertThat(read.publishedAt()).isEqualTo(Instant.parse("2025-10-21T18:42:07.500Z"));
        assertThat(MAPPER.valueToTree(read).get("publishedAt").asText()).isEqualTo("2025-10-21T18:42:07.500Z");
    }

    @Test
    void instantKeepsNanoseconds() {
        Instant precise = Instant.parse("2025-10-21T18:42:07.123456789Z");
        var published = new ChaptersPublished(null, "ep", 1, null, null, null, null, 0, null, null, null, precise);

        assertThat(EventReader.of(ChaptersPublished.class).read(write(published)).publishedAt()).isEqualTo(precise);
    }

    @Test
    void nullOptionalFieldsAreWrittenAsNullAndReadBackAsNull() {
        JsonNode json = MAPPER.valueToTree(Samples.MINIMAL_CHAPTERS_PUBLISHED);
        assertThat(json.get("host").isNull()).isTrue();
        assertThat(json.get("airDate").isNull()).isTrue();
        assertThat(json.get("eventId").isNull()).isTrue();

        ChaptersPublished read = EventReader.of(ChaptersPublished.class).read(json.toString());
        assertThat(read.host()).isNull();
        assertThat(read.airDate()).isNull();
        assertThat(read.show()).isNull();
    }

    @Test
    void onlyTheTranscriptIsNeededToAnnounceAnEpisode() {
        EpisodeAnnounced read = EventReader.of(EpisodeAnnounced.class).read("{\"transcript\": \"Bonjour.\"}");

        assertThat(read).isEqualTo(new EpisodeAnnounced(null, null, null, null, null, null, "auto", "Bonjour."));
        assertThat(Schemas.validate("episode-announced.v1.schema.json", "{\"transcript\": \"Bonjour.\"}")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"format\": null,", "\"format\": \"\",", "\"format\": \"  \","})
    void absentNullOrBlankFormatReadsAsAuto(String format) {
        EpisodeAnnounced read = EventReader.of(EpisodeAnnounced.class).read("{" + format + " \"transcript\": \"x\"}");

        assertThat(read.format()).isEqualTo(EpisodeAnnounced.FORMAT_AUTO).isEqualTo("auto");
    }

    @Test
    void blankTranscriptIsPresentSoItIsAcceptedHereAndLeftToTheParser() {
        assertThat(EventReader.of(EpisodeAnnounced.class).read("{\"transcript\": \"\"}").transcript()).isEmpty();
    }

    @Test
    void segmentKindDefaultsToTopic() {
        Segment read = read(Segment.class, "{\"index\": 0, \"start\": 0, \"end\": 1}");

        assertThat(read.kind()).isEqualTo("TOPIC");
        assertThat(read(Segment.class, "{\"index\": 0, \"start\": 0, \"end\": 1, \"kind\": null}").kind()).isEqualTo("TOPIC");
        assertThat(read(Segment.class, "{\"index\": 0, \"start\": 0, \"end\": 1, \"kind\": \"OUTRO\"}").kind()).isEqualTo("OUTRO");
    }

    /** Each event with every list field absent, then null: after reading, no list anywhere is null. */
    static Stream<String> eventsWithoutLists() {
        return Stream.of(
                "{\"eventId\": \"e\", \"episodeId\": \"ep\", \"metadata\": {\"durationSeconds\": 1, %s},"
                        + " \"cues\": [{\"start\": 0, \"end\": 1, \"text\": \"x\"}], \"source\": {\"format\": \"plain\","
                        + " \"sha256\": \"ab\", \"bytes\": 1}, \"timesEstimated\": false %s}",
                "{\"eventId\": \"e\", \"episodeId\": \"ep\", \"metadata\": {\"durationSeconds\": 1, %s}, \"segments\": [{\"index\": 0,"
                        + " \"start\": 0, \"end\": 1, \"entities\": [{\"name\": \"Roubaix\", \"type\": \"PLACE\", \"mentions\": 1 %s}] %s}] %s}",
                "{\"episodeId\": \"ep\", \"revision\": 1, \"durationSeconds\": 0, \"publishedAt\": \"2025-10-21T18:42:07Z\","
                        + " \"chapters\": [{\"index\": 0, \"start\": 0, \"end\": 1, \"headline\": \"H\","
                        + " \"entities\": [{\"name\": \"Roubaix\", \"type\": \"PLACE\", \"mentions\": 1 %s}] %s}] %s}");
    }

    private static final List<Class<?>> TYPES_WITHOUT_LISTS =
            List.of(TranscriptIngested.class, SegmentsEnriched.class, ChaptersPublished.class);

    @ParameterizedTest
    @ValueSource(strings = {"absent", "null"})
    void listsAreNeverNullAfterReading(String how) throws Exception {
        List<String> templates = eventsWithoutLists().toList();
        for (int i = 0; i < templates.size(); i++) {
            Class<?> type = TYPES_WITHOUT_LISTS.get(i);
            String template = templates.get(i);
            String json = fillLists(type, template, how);

            Object read = EventReader.of(type).read(json);

            List<String> nullLists = new ArrayList<>();
            findNullLists(read, type.getSimpleName(), nullLists);
            assertThat(nullLists).as(json).isEmpty();
        }
    }

    /** Fills each %s of a template with the list fields of the object there, set to null, or with nothing. */
    private static String fillLists(Class<?> type, String template, String how) {
        String metadataLists = "\"guests\": null, \"announcedTopics\": null";
        String entityLists = ", \"surfaceForms\": null";
        String segmentLists = ", \"sentences\": null, \"keywords\": null, \"speakers\": null";
        String chapterLists = ", \"keywords\": null, \"speakers\": null";
        boolean nulls = how.equals("null");
        if (type == TranscriptIngested.class) {
            return template.formatted(nulls ? metadataLists : "\"show\": null", nulls ? ", \"chapterHints\": null, \"warnings\": null" : "");
        } else if (type == SegmentsEnriched.class) {
            return template.formatted(nulls ? metadataLists : "\"show\": null", nulls ? entityLists : "",
                    nulls ? segmentLists : "", "");
        }
        return template.formatted(nulls ? entityLists : "", nulls ? chapterLists : "", nulls ? ", \"guests\": null" : "");
    }

    private static void findNullLists(Object value, String path, List<String> nullLists) throws Exception {
        if (value == null || !value.getClass().isRecord()) {
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    findNullLists(list.get(i), path + "[" + i + "]", nullLists);
                }
            }
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = component.getAccessor().invoke(value);
            if (component.getType() == List.class && field == null) {
                nullLists.add(path + "." + component.getName());
            }
            findNullLists(field, path + "." + component.getName(), nullLists);
        }
    }

    @Test
    void nullItemsInListsAreDroppedAndListsAreImmutableCopies() {
        Chapter chapter = read(Chapter.class,
                "{\"index\": 0, \"start\": 0, \"end\": 1, \"headline\": \"H\", \"keywords\": [\"cloud\", null, \"IA\"], \"speakers\": [null]}");

        assertThat(chapter.keywords()).containsExactly("cloud", "IA");
        assertThat(chapter.speakers()).isEmpty();
        assertThatThrownBy(() -> chapter.keywords().add("x")).isInstanceOf(UnsupportedOperationException.class);

        List<String> keywords = new ArrayList<>(List.of("cloud"));
        Chapter built = new Chapter(0, 0, 1, "H", null, null, keywords, null, null);
        keywords.add("changed later");
        assertThat(built.keywords()).containsExactly("cloud");
    }

    static Stream<String> unicodeTexts() {
        return Stream.of(
                "Émission spéciale : l'été à Montréal — « ça déménage » œuvre naïve",
                "🎙️👋🏽 podcast 🇫🇷 👨‍👩‍👧",                        // surrogate pairs, ZWJ, flags, skin tone
                "مرحبا بكم في البرنامج، شكرا على الدعوة",          // Arabic, RTL
                "שלום, ברוכים הבאים",                              // Hebrew, RTL
                "OVHcloud \u200Fمع\u200E SecNumCloud",             // mixed directions with bidi marks
                "e\u0301te\u0301 vs été",                          // combining accents are kept as sent (no normalisation)
                "東京の技術ニュース、한국어 뉴스",
                "line one\nline two\t\"quoted\" \\ back\u0000slash",
                "\uFFFD replacement char kept");
    }

    @ParameterizedTest
    @MethodSource("unicodeTexts")
    void unicodeTextSurvivesAsStringAndAsUtf8Bytes(String text) throws Exception {
        TranscriptIngested event = new TranscriptIngested("e", "ep",
                new EpisodeMetadata(text, text, null, text, List.of(new Person(text, text, text)), List.of(text), text, "fr", 1),
                List.of(new Cue(0, 1, text, text)),
                new SourceInfo("plain", "ab", 1), List.of(new ChapterHint(0, text)), false, List.of(text), null);

        assertThat(EventReader.of(TranscriptIngested.class).read(write(event))).isEqualTo(event);
        byte[] bytes = MAPPER.writeValueAsBytes(event);
        assertThat(MAPPER.readValue(bytes, TranscriptIngested.class)).isEqualTo(event);
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (text.codePoints().allMatch(Character::isBmpCodePoint)) {
            // accents, Arabic, CJK... are written as UTF-8 text, not escaped, so logs show them as they are
            assertThat(utf8).contains(MAPPER.writeValueAsString(text));
        }
        assertThat(Schemas.validate("transcript-ingested.v1.schema.json", utf8)).isEmpty();
    }

    /**
     * Jackson's UTF-8 writer (writeValueAsBytes, what Kafka serializers use) escapes characters beyond
     * the BMP (emoji) as surrogate pairs: valid JSON that every reader decodes to the same text.
     */
    @Test
    void emojiInUtf8BytesAreWrittenAsEscapedSurrogatePairsAndReadBackIntact() throws Exception {
        Cue cue = new Cue(0, 1, null, "Merci 🎙️");
        String utf8 = new String(MAPPER.writeValueAsBytes(cue), StandardCharsets.UTF_8);

        assertThat(utf8).contains("Merci \\uD83C\\uDF99");
        assertThat(read(Cue.class, utf8)).isEqualTo(cue);
        assertThat(MAPPER.writeValueAsString(cue)).contains("Merci 🎙️");
    }

    @Test
    void unicodeEscapesInIncomingJsonAreDecoded() {
        Cue cue = read(Cue.class, "{\"start\": 0, \"end\": 1, \"text\": \"\\u00c9t\\u00e9 \\ud83c\\udf99\\ufe0f \\u0645\\u0631\\u062d\\u0628\\u0627\"}");

        assertThat(cue.text()).isEqualTo("Été 🎙️ مرحبا");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("media.pipeline.contracts.Samples#events")
    void writtenJsonUsesTheRecordComponentNames(EventCase event) {
        JsonNode json = MAPPER.valueToTree(event.full());
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactly(
                Stream.of(event.type().getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new));
    }

    @Test
    void entityTypesAreWrittenByName() {
        assertThat(MAPPER.valueToTree(Samples.OVH).get("type").asText()).isEqualTo("ORGANIZATION");
        assertThat(EntityType.values()).extracting(Enum::name).containsExactly("PERSON", "ORGANIZATION", "PRODUCT", "PLACE");
    }

    @Test
    void airDateOnlyDate() {
        assertThat(read(EpisodeMetadata.class, "{\"airDate\": \"2024-02-29\", \"durationSeconds\": 0}").airDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> read(EpisodeMetadata.class, "{\"airDate\": \"2025-02-29\", \"durationSeconds\": 0}"))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("'airDate'");
    }

    private static <T> T read(Class<T> type, String json) {
        return EventReader.of(type).read(json);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
