package media.pipeline.runtime.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs the {@link RetentionSweep} on the service's own schema on a schedule ({@code pipeline.retention.*}).
 * Created at start, so that its settings are checked then and its counters exist before its first run.
 */
@ApplicationScoped
@Startup
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final DataSource dataSource;
    private final RetentionSweep sweep;
    private final Counter sentEvents;
    private final Counter processedEvents;

    RetentionJob(DataSource dataSource, RetentionConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.sweep = new RetentionSweep(RetentionPolicy.of(config));
        this.sentEvents = deleted(registry, "outbox");
        this.processedEvents = deleted(registry, "processed_event");
    }

    private static Counter deleted(MeterRegistry registry, String table) {
        return Counter.builder("pipeline.retention.deleted").tag("table", table)
                .description("bookkeeping rows deleted by the retention job").register(registry);
    }

    @Scheduled(every = "${pipeline.retention.interval:1h}", delayed = "${pipeline.retention.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            run();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("retention sweep failed, will retry at the next interval: %s", e.getMessage());
        }
    }

    /** One sweep now, outside any transaction: each batch commits on its own. */
    public RetentionSweep.Swept run() throws SQLException {
        RetentionSweep.Swept swept;
        try (Connection c = dataSource.getConnection()) {
            swept = sweep.sweep(c, Instant.now());
        }
        sentEvents.increment(swept.sentEvents());
        processedEvents.increment(swept.processedEvents());
        if (swept.sentEvents() + swept.processedEvents() > 0) {
            LOG.infof("retention: deleted %d sent outbox rows and %d processed-event ids",
                    swept.sentEvents(), swept.processedEvents());
        }
        return swept;
    }
}
