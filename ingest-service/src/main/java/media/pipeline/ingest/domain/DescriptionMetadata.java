package media.pipeline.ingest.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import media.pipeline.contracts.Person;

/**
 * Runs the description extractors (show, air date, host, guests, topics) over a page header.
 *
 * @param warnings what did not fit (a weekday that contradicts the date)
 */
record DescriptionMetadata(String show, LocalDate airDate, String host, List<Person> guests, List<String> topics,
                           String description, List<String> warnings) {

    static final DescriptionMetadata NONE = new DescriptionMetadata(null, null, null, List.of(), List.of(), null, List.of());

    DescriptionMetadata {
        guests = List.copyOf(guests);
        topics = List.copyOf(topics);
        warnings = List.copyOf(warnings);
    }

    /** The extractors, built once; stateless and thread-safe. */
    static final class Extractor {
        private final RelativeAgeParser ageParser;
        private final AirDateExtractor airDates = new AirDateExtractor();
        private final HostExtractor hosts = new HostExtractor();
        private final GuestExtractor guests = new GuestExtractor();
        private final TopicExtractor topics = new TopicExtractor();
        private final ShowNameExtractor shows = new ShowNameExtractor();

        Extractor(RelativeAgeParser ageParser) {
            if (ageParser == null) {
                throw new IllegalArgumentException("ageParser is required");
            }
            this.ageParser = ageParser;
        }

        DescriptionMetadata extract(PageHeader header, LocalDate reference) {
            String description = header.description();
            if (description == null || description.isBlank()) {
                return NONE;
            }
            List<String> warnings = new ArrayList<>();
            Period age = ageParser.parse(header.ageLine()).orElse(Period.ZERO);
            Optional<AirDateExtractor.Result> date = airDates.extract(description, reference, age);
            date.map(AirDateExtractor.Result::warning).ifPresent(warnings::add);
            Optional<HostExtractor.Found> host = hosts.extract(description);
            List<Person> guestList = host.map(h -> guests.fromClause(h.guestClause())).orElse(List.of());
            if (guestList.isEmpty()) {
                guestList = guests.fromLabel(description);
            }
            return new DescriptionMetadata(shows.extract(description).orElse(null),
                    date.map(AirDateExtractor.Result::date).orElse(null),
                    host.map(HostExtractor.Found::host).orElse(null),
                    guestList, topics.extract(description), description, warnings);
        }
    }
}
