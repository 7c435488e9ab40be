package media.pipeline.ingest.domain;

import java.text.DateFormatSymbols;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The air date written in a description, in any of the languages ingest-service detects (French, English,
 * German, Spanish, Italian, Dutch, Portuguese): month and weekday names come from the JDK's locale data
 * ({@link DateFormatSymbols}), with accent-free spellings accepted too.
 *
 * <p>Full dates are taken as written: ISO {@code 2025-10-21}, "21 octobre 2025", "1er mai 2024",
 * "October 21, 2025", "21 October 2025", "21. Oktober 2025", "21 de octubre de 2025". A date without a year
 * ("Ce mardi 21 octobre", "Tuesday, October 21") is placed near the approximate publication date, the
 * reference date (when the page was fetched) minus the page's relative age ("il y a 3 mois"): among the
 * previous, same and next year, the candidates whose weekday matches the one written (if any) are
 * preferred, and the closest to that date wins. A weekday that matches no candidate is reported by
 * {@link Result#warning()}.
 */
final class AirDateExtractor {
    private static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN,
            Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"));
    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    private static final String MONTH = alternation(MONTHS.keySet());
    private static final String WEEKDAY = alternation(WEEKDAYS.keySet());
    /** "21", "1er", "21st", "21." (German), "1º" (Spanish, Portuguese). */
    private static final String DAY = "(1er|\\d{1,2})(?:st|nd|rd|th|\\.|º|ª)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** [weekday] day month [year]: "mardi 21 octobre 2025", "Tuesday 21 October", "martes, 21 de octubre de 2025". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?:\\b" + WEEKDAY + ",?\\s+(?:the\\s+|el\\s+|den\\s+)?)?\\b" + DAY + "\\s+(?:of\\s+|de\\s+)?" + MONTH
                    + "\\b(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b)?", FLAGS);
    /** [weekday] month day [year]: "Tuesday, October 21, 2025". */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:\\b" + WEEKDAY + ",?\\s+)?\\b" + MONTH + "\\s+" + DAY + "(?![\\p{L}\\p{N}])"
                    + "(?:,?\\s+(\\d{4})\\b)?", FLAGS);

    /** Month names of every locale, lower case, as written and without accents; 1-based. */
    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        for (Locale locale : LOCALES) {
            String[] names = DateFormatSymbols.getInstance(locale).getMonths();
            for (int m = 0; m < 12; m++) {
                add(out, names[m], m + 1);
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> out = new HashMap<>();
        for (Locale locale : LOCALES) {
            String[] names = DateFormatSymbols.getInstance(locale).getWeekdays(); // index 1 = Sunday
            for (int d = 1; d < names.length; d++) {
                if (!names[d].isEmpty()) {
                    add(out, names[d], DayOfWeek.SUNDAY.plus(d - 1));
                }
            }
        }
        return Map.copyOf(out);
    }

    private static <V> void add(Map<String, V> map, String name, V value) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String key : List.of(lower, Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""))) {
            V before = map.putIfAbsent(key, value);
            if (before != null && !before.equals(value)) {
                throw new IllegalStateException("'" + key + "' names two different days or months");
            }
        }
    }

    /** A regex alternation of the names, longest first, each quoted. */
    private static String alternation(java.util.Set<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
    }

    /** A date, and a warning when the written weekday does not fit it. */
    record Result(LocalDate date, String warning) {
    }

    /**
     * @param reference the day the page was seen (not null)
     * @param age       the page's relative age, or {@link Period#ZERO}
     */
    Optional<Result> extract(String description, LocalDate reference, Period age) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(description);
        Optional<Result> found = Optional.empty();
        int foundAt = Integer.MAX_VALUE;
        if (iso.find()) {
            try {
                found = Optional.of(new Result(LocalDate.of(Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))), null));
                foundAt = iso.start();
            } catch (DateTimeException ignored) {
                // not a date after all
            }
        }
        LocalDate published = reference.minus(age == null ? Period.ZERO : age);
        Matcher dm = DAY_MONTH.matcher(description);
        while (dm.find()) {
            Optional<Result> r = resolve(dm.group(1), dm.group(2), dm.group(3), dm.group(4), published);
            if (r.isPresent()) {
                if (dm.start() < foundAt) {
                    found = r;
                    foundAt = dm.start();
                }
                break;
            }
        }
        Matcher md = MONTH_DAY.matcher(description);
        while (md.find()) {
            Optional<Result> r = resolve(md.group(1), md.group(3), md.group(2), md.group(4), published);
            if (r.isPresent()) {
                if (md.start() < foundAt) {
                    found = r;
                }
                break;
            }
        }
        return found;
    }

    private static Optional<Result> resolve(String weekdayWord, String dayWord, String monthWord, String yearWord,
                                            LocalDate published) {
        int day = dayWord.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(dayWord);
        int month = MONTHS.get(monthWord.toLowerCase(Locale.ROOT));
        DayOfWeek weekday = weekdayWord == null ? null : WEEKDAYS.get(weekdayWord.toLowerCase(Locale.ROOT));
        if (yearWord != null) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(yearWord), month, day);
                return Optional.of(new Result(date, weekdayWarning(date, weekday)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        LocalDate best = null;
        boolean bestMatchesWeekday = false;
        for (int year : List.of(published.getYear() - 1, published.getYear(), published.getYear() + 1)) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            boolean matches = weekday == null || candidate.getDayOfWeek() == weekday;
            if (best == null || (matches && !bestMatchesWeekday)
                    || (matches == bestMatchesWeekday && distance(candidate, published) < distance(best, published))) {
                best = candidate;
                bestMatchesWeekday = matches;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Result(best, weekdayWarning(best, weekday)));
    }

    private static String weekdayWarning(LocalDate date, DayOfWeek weekday) {
        if (weekday == null || date.getDayOfWeek() == weekday) {
            return null;
        }
        return "air date " + date + " is a " + date.getDayOfWeek().toString().toLowerCase(Locale.ROOT)
                + " but the description says " + weekday.toString().toLowerCase(Locale.ROOT);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
