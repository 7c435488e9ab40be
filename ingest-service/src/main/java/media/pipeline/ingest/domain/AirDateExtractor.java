package media.pipeline.ingest.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The air date written in a description, French or English.
 *
 * <p>Full dates are taken as written: ISO {@code 2025-10-21}, "21 octobre 2025", "1er mai 2024",
 * "October 21, 2025", "21 October 2025". A date without a year ("Ce mardi 21 octobre", "Tuesday, October
 * 21") is placed near the approximate publication date, the reference date (when the page was fetched)
 * minus the page's relative age ("il y a 3 mois"): among the previous, same and next year, the candidates
 * whose weekday matches the one written (if any) are preferred, and the closest to that date wins. A weekday
 * that matches no candidate is reported by {@link Result#warning()}.
 */
final class AirDateExtractor {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("jeudi", DayOfWeek.THURSDAY),
            Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
            Map.entry("dimanche", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final String MONTH = "(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
            + "octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|"
            + "october|november|december)";
    private static final String WEEKDAY = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday)";
    private static final String DAY = "(1er|\\d{1,2})(?:st|nd|rd|th)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** [weekday] day month [year]: "mardi 21 octobre 2025", "Tuesday 21 October". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?:\\b" + WEEKDAY + ",?\\s+(?:the\\s+)?)?\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+(\\d{4})\\b)?", FLAGS);
    /** [weekday] month day [year]: "Tuesday, October 21, 2025". */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:\\b" + WEEKDAY + ",?\\s+)?\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+(\\d{4})\\b)?", FLAGS);

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
