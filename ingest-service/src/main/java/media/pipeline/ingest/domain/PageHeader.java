package media.pipeline.ingest.domain;

/**
 * The lines of a scraped page above its transcript.
 *
 * @param ageLine     e.g. "il y a 3 mois" / "3 months ago", or null
 * @param description the description paragraph, or null
 * @param category    the category value when the page shows one ("TV", "News"), or null
 */
record PageHeader(String ageLine, String description, String category) {
    static final PageHeader NONE = new PageHeader(null, null, null);
}
