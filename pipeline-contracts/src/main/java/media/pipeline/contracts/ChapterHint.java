package media.pipeline.contracts;

/** A chapter heading that the source transcript itself carried (e.g. "Chapter 2: Pricing"). */
public record ChapterHint(double start, String title) {
    public ChapterHint {
        Require.time(start, "start");
        Require.text(title, "title");
    }
}
