package media.pipeline.contracts;

/** A sentence rebuilt from cues, with its time span. */
public record Sentence(double start, double end, String speaker, String text) {
    public Sentence {
        Require.time(start, "start");
        Require.time(end, "end");
        Require.present(text, "text");
    }
}
