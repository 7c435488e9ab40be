package media.pipeline.ingest.app;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Episode ids: given ones are checked; missing ones are derived from show, date and content. */
final class EpisodeIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private EpisodeIds() {
    }

    static String checked(String id) {
        if (!VALID.matcher(id).matches()) {
            throw new IllegalArgumentException("episodeId must be 1-200 characters of letters, digits, '.', '_', ':' or '-', was '"
                    + (id.length() > 60 ? id.substring(0, 60) + "..." : id) + "'");
        }
        return id;
    }

    /** {@code tech-co-2025-10-21-1a2b3c4d}, or {@code ep-1a2b3c4d5e6f} without show and date. */
    static String derive(String show, LocalDate airDate, String sha256) {
        String slug = show == null ? "" : slug(show);
        if (slug.isEmpty() && airDate == null) {
            return "ep-" + sha256.substring(0, 12);
        }
        StringBuilder id = new StringBuilder(slug.isEmpty() ? "ep" : slug);
        if (airDate != null) {
            id.append('-').append(airDate);
        }
        return id.append('-').append(sha256, 0, 8).toString();
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = NON_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
