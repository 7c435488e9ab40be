#!/usr/bin/env bash
# Creates the pipeline's Kafka topics; the kafka-init service of docker-compose.yml runs it in the
# apache/kafka image. Idempotent: an existing topic is kept, and its partition count is raised (never
# lowered) to PIPELINE_PARTITIONS. Works against any cluster: set KAFKA_BOOTSTRAP (and, for a secured
# cluster, KAFKA_CLIENT_CONFIG = a client properties file with security.protocol, sasl.*, ssl.*).
set -euo pipefail

BOOTSTRAP="${KAFKA_BOOTSTRAP:-kafka:9092}"
PARTITIONS="${PIPELINE_PARTITIONS:-6}"
REPLICATION="${PIPELINE_REPLICATION_FACTOR:-1}"
MAX_MESSAGE_BYTES="${PIPELINE_MAX_MESSAGE_BYTES:-10485760}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"

# the pipeline's topics (pipeline-contracts Topics) and the dead-letter topics of the three consumed ones
TOPICS=(
  episodes.new.v1 episodes.new.v1.dlq
  transcripts.ingested.v1 transcripts.ingested.v1.dlq
  segments.enriched.v1 segments.enriched.v1.dlq
  summaries.published.v1
)

case "$PARTITIONS" in ''|*[!0-9]*|0) echo "create-topics: PIPELINE_PARTITIONS must be a positive integer, not '$PARTITIONS'" >&2; exit 2 ;; esac

client=(--bootstrap-server "$BOOTSTRAP")
[ -n "${KAFKA_CLIENT_CONFIG:-}" ] && client+=(--command-config "$KAFKA_CLIENT_CONFIG")

for topic in "${TOPICS[@]}"; do
  "$KAFKA_BIN/kafka-topics.sh" "${client[@]}" --create --if-not-exists --topic "$topic" \
    --partitions "$PARTITIONS" --replication-factor "$REPLICATION" \
    --config "max.message.bytes=$MAX_MESSAGE_BYTES"
done

# topics that existed before keep their partitions: raise the count where it is lower (Kafka cannot lower
# it; note that more partitions change which partition an episode id maps to for new records)
described=$("$KAFKA_BIN/kafka-topics.sh" "${client[@]}" --describe --topic "$(IFS='|'; echo "${TOPICS[*]}" | sed 's/[.]/[.]/g; s/^/^(/; s/$/)$/')")
for topic in "${TOPICS[@]}"; do
  current=$(printf '%s\n' "$described" | awk -v t="$topic" '$1 == "Topic:" && $2 == t { for (i = 1; i <= NF; i++) if ($i == "PartitionCount:") print $(i + 1) }' | head -n 1)
  if [ -z "$current" ]; then
    echo "create-topics: $topic is missing after creation" >&2
    exit 1
  fi
  if [ "$current" -lt "$PARTITIONS" ]; then
    echo "create-topics: $topic has $current partitions, raising to $PARTITIONS"
    "$KAFKA_BIN/kafka-topics.sh" "${client[@]}" --alter --topic "$topic" --partitions "$PARTITIONS"
    current=$PARTITIONS
  fi
  echo "create-topics: $topic ready ($current partitions)"
done
echo "create-topics: done"
