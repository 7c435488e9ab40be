package media.pipeline.ingest.app;

/** What happened to an ingest request: a new episode, or a duplicate of an existing one. */
public record IngestResult(String episodeId, Status status, int cues) {
    public enum Status { INGESTED, DUPLICATE }
}
