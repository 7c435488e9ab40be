package media.pipeline.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Realistic events of a French tech show, one full (every optional field set, every list non-empty,
 * so that walking its JSON visits every field of the schema) and one minimal (required fields only).
 */
final class Samples {
    private Samples() {
    }

    /** One event type of the pipeline: its record, its schema and two instances. */
    record EventCase(Class<?> type, String schemaFile, Object full, Object minimal) {
        String name() {
            return type.getSimpleName();
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static final LocalDate AIR_DATE = LocalDate.of(2025, 10, 21);
    static final Instant OCCURRED_AT = Instant.parse("2025-10-21T18:42:07.123Z");
    static final String EPISODE_ID = "decodeurs-2025-10-21";

    static final Person HOST = new Person("Élodie Marchand", "animatrice", "Radio Cité");
    static final Person GUEST = new Person("Karim Benali", "directeur technique", "OVHcloud");
    static final Person RTL_GUEST = new Person("ليلى حداد", "chercheuse", "جامعة القاهرة");

    static final EpisodeMetadata METADATA = new EpisodeMetadata(
            "Les Décodeurs du Numérique",
            "Cloud souverain : où en est-on ? ☁️🇫🇷",
            AIR_DATE,
            HOST.name(),
            List.of(GUEST, RTL_GUEST),
            List.of("cloud souverain", "SecNumCloud", "intelligence artificielle"),
            "Élodie Marchand reçoit Karim Benali (OVHcloud) et ليلى حداد pour parler du cloud « de confiance ».",
            "fr",
            1572.0);

    static final EpisodeMetadata MINIMAL_METADATA =
            new EpisodeMetadata(null, null, null, null, null, null, null, null, 0.0);

    static final EntityMention OVH = new EntityMention(
            "OVHcloud", EntityType.ORGANIZATION, 12, List.of("OVH Cloud", "Au VH Cloud"));

    static final EpisodeAnnounced EPISODE_ANNOUNCED = new EpisodeAnnounced(
            EPISODE_ID,
            METADATA.show(),
            METADATA.title(),
            AIR_DATE,
            "fr",
            "https://radio-cite.example/decodeurs/2025-10-21/transcription",
            "webvtt",
            """
            WEBVTT

            00:00:00.000 --> 00:00:04.200
            <v Élodie Marchand>Bonjour à toutes et à tous 🎙️

            00:00:04.200 --> 00:00:09.850
            <v Karim Benali>Merci Élodie, ravi d'être là.
            """);

    static final EpisodeAnnounced MINIMAL_EPISODE_ANNOUNCED =
            new EpisodeAnnounced(null, null, null, null, null, null, null, "Bonjour à toutes et à tous.");

    static final TranscriptIngested TRANSCRIPT_INGESTED = new TranscriptIngested(
            "0b9d3a52-6f0e-4c39-9a57-2f8f6a6f4b11",
            EPISODE_ID,
            METADATA,
            List.of(
                    new Cue(0.0, 4.2, HOST.name(), "Bonjour à toutes et à tous 🎙️"),
                    new Cue(4.2, 9.85, GUEST.name(), "Merci Élodie, ravi d'être là."),
                    new Cue(9.85, 15.5, RTL_GUEST.name(), "مرحبا بكم، شكرا على الدعوة"),
                    new Cue(15.5, 15.5, null, "")),
            new SourceInfo("webvtt", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 48213),
            List.of(new ChapterHint(0.0, "Introduction"), new ChapterHint(114.0, "Chapitre 2 : le cloud souverain")),
            false,
            List.of("cue 17: end before start, swapped", "2 replaced bytes (U+FFFD)"),
            OCCURRED_AT);

    static final TranscriptIngested MINIMAL_TRANSCRIPT_INGESTED = new TranscriptIngested(
            "e1", "ep-1", MINIMAL_METADATA, List.of(new Cue(0, 1.5, null, "Bonjour.")),
            new SourceInfo("plain", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0),
            null, true, null, null);

    static final SegmentsEnriched SEGMENTS_ENRICHED = new SegmentsEnriched(
            "5c2e8f0a-1d7b-4e3a-8a64-0c1f9f2f7d20",
            EPISODE_ID,
            "fr",
            METADATA,
            List.of(
                    new Segment(0, 0.0, 114.0, "INTRO",
                            List.of(new Sentence(0.0, 4.2, HOST.name(), "Bonjour à toutes et à tous 🎙️"),
                                    new Sentence(4.2, 9.85, GUEST.name(), "Merci Élodie, ravi d'être là.")),
                            List.of("émission", "invités"),
                            List.of(new EntityMention("Élodie Marchand", EntityType.PERSON, 2, List.of("Élodie"))),
                            List.of(HOST.name(), GUEST.name()),
                            "fr"),
                    new Segment(1, 114.0, 1572.0, "TOPIC",
                            List.of(new Sentence(114.0, 121.3, GUEST.name(), "Au VH Cloud héberge des données sensibles.")),
                            List.of("cloud souverain", "SecNumCloud"),
                            List.of(OVH, new EntityMention("Roubaix", EntityType.PLACE, 3, List.of("Roubaix")),
                                    new EntityMention("Bare Metal Pod", EntityType.PRODUCT, 1, List.of())),
                            List.of(GUEST.name()),
                            "fr")),
            OCCURRED_AT);

    static final SegmentsEnriched MINIMAL_SEGMENTS_ENRICHED =
            new SegmentsEnriched("e2", "ep-1", null, MINIMAL_METADATA, null, null);

    static final ChaptersPublished CHAPTERS_PUBLISHED = new ChaptersPublished(
            "7a4f1c9e-3b2d-4f6a-9e8c-1d2b3c4d5e6f",
            EPISODE_ID,
            2,
            METADATA.show(),
            METADATA.title(),
            AIR_DATE,
            "fr",
            1572.0,
            HOST,
            List.of(GUEST, RTL_GUEST),
            List.of(
                    new Chapter(0, 0.0, 114.0, "Ouverture", "Élodie présente ses invités.",
                            "Élodie Marchand ouvre l'émission et présente Karim Benali et ليلى حداد.",
                            List.of("invités"), List.of(new EntityMention("Karim Benali", EntityType.PERSON, 3, List.of("Karim"))),
                            List.of(HOST.name())),
                    new Chapter(1, 114.0, 1572.0, "Le cloud souverain, réalité ou slogan ?",
                            "OVHcloud défend SecNumCloud.",
                            "Karim Benali explique pourquoi OVHcloud vise SecNumCloud 🛡️.",
                            List.of("cloud souverain", "SecNumCloud"), List.of(OVH),
                            List.of(GUEST.name(), RTL_GUEST.name()))),
            OCCURRED_AT);

    static final ChaptersPublished MINIMAL_CHAPTERS_PUBLISHED = new ChaptersPublished(
            null, "ep-1", 1, null, null, null, null, 0.0, null, null, null, OCCURRED_AT);

    static final List<EventCase> EVENTS = List.of(
            new EventCase(EpisodeAnnounced.class, "episode-announced.v1.schema.json", EPISODE_ANNOUNCED, MINIMAL_EPISODE_ANNOUNCED),
            new EventCase(TranscriptIngested.class, "transcript-ingested.v1.schema.json", TRANSCRIPT_INGESTED, MINIMAL_TRANSCRIPT_INGESTED),
            new EventCase(SegmentsEnriched.class, "segments-enriched.v1.schema.json", SEGMENTS_ENRICHED, MINIMAL_SEGMENTS_ENRICHED),
            new EventCase(ChaptersPublished.class, "chapters-published.v1.schema.json", CHAPTERS_PUBLISHED, MINIMAL_CHAPTERS_PUBLISHED));

    /** For {@code @MethodSource("media.pipeline.contracts.Samples#events")}. */
    static Stream<EventCase> events() {
        return EVENTS.stream();
    }

    static EventCase event(Class<?> type) {
        return EVENTS.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }
}
