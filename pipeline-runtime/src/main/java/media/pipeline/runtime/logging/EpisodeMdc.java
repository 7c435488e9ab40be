package media.pipeline.runtime.logging;

import java.util.function.Supplier;
import org.jboss.logging.MDC;

/** Puts the episode id into the logging context ({@code %X{episodeId}}) while work for it runs. */
public final class EpisodeMdc {
    public static final String KEY = "episodeId";

    private EpisodeMdc() {
    }

    public static <T> T run(String episodeId, Supplier<T> work) {
        Object previous = MDC.get(KEY);
        if (episodeId != null) {
            MDC.put(KEY, episodeId);
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }
}
