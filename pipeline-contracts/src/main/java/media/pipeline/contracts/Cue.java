package media.pipeline.contracts;

/** One timed line of a transcript; times in seconds. */
public record Cue(double start, double end, String speaker, String text) {
    public Cue {
        Require.time(start, "start");
        Require.time(end, "end");
        Require.present(text, "text");
        if (end < start) {
            throw new IllegalArgumentException("cue end " + end + " is before its start " + start);
        }
    }
}
