package media.pipeline.system;

import java.time.Duration;

/** Reads the services' Prometheus counters ({@code /q/metrics}). */
final class Metrics {
    private Metrics() {
    }

    /**
     * The sum of a counter's series whose labels contain {@code labels} (e.g. {@code stage="segment"}), for
     * this service process; 0 while the counter is not registered (Micrometer registers on first use).
     */
    static long counter(Pipeline p, ServiceProcess s, String name, String labels) {
        Http.Response r = p.http.get(s.uri("/q/metrics"), Duration.ofSeconds(30));
        long total = 0;
        for (String line : r.body().split("\n")) {
            if (line.startsWith(name + "{") && line.substring(0, line.indexOf('}') + 1).contains(labels)) {
                total += (long) Double.parseDouble(line.substring(line.indexOf('}') + 1).trim().split("\\s+")[0]);
            }
        }
        return total;
    }

    /**
     * Events this service process recognised as already processed: {@code pipeline_stage_duplicates_total}
     * (segment, publish) and {@code pipeline_stage_processed_total{outcome="duplicate"}} (ingest). Counters
     * start at zero with each process.
     */
    static long duplicates(Pipeline p, ServiceProcess s) {
        Http.Response r = p.http.get(s.uri("/q/metrics"), Duration.ofSeconds(30));
        long total = 0;
        for (String line : r.body().split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("pipeline_stage_duplicates_total")
                    || (line.startsWith("pipeline_stage_processed_total") && line.contains("outcome=\"duplicate\""))) {
                // "name{labels} value [# exemplar]": the value is the first token after the labels
                String rest = line.substring(line.indexOf('}') + 1).trim();
                total += (long) Double.parseDouble(rest.split("\\s+")[0]);
            }
        }
        return total;
    }
}
