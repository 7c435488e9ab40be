package media.pipeline.system;

import java.time.Duration;

/** Reads the services' Prometheus counters ({@code /q/metrics}). */
final class Metrics {
    private Metrics() {
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
