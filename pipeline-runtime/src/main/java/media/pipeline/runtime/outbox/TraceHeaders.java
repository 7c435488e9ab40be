package media.pipeline.runtime.outbox;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries the W3C trace context through the outbox: the writer's context is stored with the row, and
 * the relay sends the row inside that context, so one episode stays one trace across services even
 * when the row is sent later by another thread.
 */
final class TraceHeaders {
    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceHeaders() {
    }

    /** traceparent (and tracestate) of the current context; empty when there is none. */
    static Map<String, String> current() {
        Map<String, String> headers = new LinkedHashMap<>();
        GlobalOpenTelemetry.getPropagators().getTextMapPropagator()
                .inject(Context.current(), headers, (carrier, key, value) -> carrier.put(key, value));
        return headers;
    }

    /** The context stored with an outbox row. */
    static Context stored(Map<String, String> headers) {
        return GlobalOpenTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), headers, GETTER);
    }

    static boolean isTraceHeader(String name) {
        return name.equals("traceparent") || name.equals("tracestate") || name.equals("baggage");
    }
}
