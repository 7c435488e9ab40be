#!/usr/bin/env bash
# Runs the three service jars the way their containers would run them, without Docker:
#   - the environment is exactly what docker-compose.yml gives each service (read through
#     `docker-compose config`), except the addresses and credentials of Kafka and PostgreSQL, which
#     point at a local-stack (real Kafka broker + real PostgreSQL 17, no Docker);
#   - the command line is the Dockerfile's CMD (java $JAVA_OPTS $JAVA_OPTS_APPEND -jar quarkus-run.jar)
#     with the Dockerfile's JAVA_OPTS, on the fast-jar that the Dockerfile copies;
#   - readiness is judged by running the Dockerfile's HEALTHCHECK command itself;
#   - then one sample transcript goes through: POST to ingest, chapters read from publish.
# Ports: DEPLOY_TEST_PORT_BASE+1..3 (default 18081-18083), so it does not clash with bin/pipeline.
# Needs: ./mvnw -B -ntp package -DskipTests first, docker-compose (config only), python3-yaml, curl.
# Stops everything it started on exit. Not run by .ci/run (it takes about a minute); see
# docs/deployment.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
BASE="${DEPLOY_TEST_PORT_BASE:-18080}"
WORK="$(mktemp -d /tmp/deploy-run.XXXXXX)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PIDS=()

fail() { echo "run-with-compose-env: FAIL: $*" >&2; exit 1; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  echo "run-with-compose-env: stopped; logs kept in $WORK"
}
trap cleanup EXIT

command -v docker-compose >/dev/null || fail "docker-compose is missing (apt-get install docker-compose)"
for s in ingest segment publish; do
  [ -f "$s-service/target/quarkus-app/quarkus-run.jar" ] || fail "$s-service is not built: run ./mvnw -B -ntp package -DskipTests"
done
[ -f local-stack/target/runtime.classpath ] || fail "local-stack is not built"

docker-compose -f docker-compose.yml config >"$WORK/compose.yml"

echo "run-with-compose-env: starting local-stack (Kafka + PostgreSQL), logs in $WORK"
PIPELINE_STACK_DIR="$WORK/stack" PIPELINE_STACK_MODE="${PIPELINE_STACK_MODE:-embedded}" \
  "$JAVA" -Xmx256m -cp "local-stack/target/local-stack-1.0.0-SNAPSHOT.jar:$(cat local-stack/target/runtime.classpath)" \
  media.pipeline.localstack.LocalStackMain --env-file "$WORK/stack.env" \
  --partitions "$(deploy/test/compose-env.py kafka-init - <"$WORK/compose.yml" | sed -n 's/^PIPELINE_PARTITIONS=//p')" \
  >"$WORK/stack.log" 2>&1 </dev/null &
PIDS+=($!)
for _ in $(seq 1 180); do [ -f "$WORK/stack.env" ] && break; kill -0 "${PIDS[0]}" 2>/dev/null || fail "local-stack exited: $(tail -5 "$WORK/stack.log")"; sleep 1; done
[ -f "$WORK/stack.env" ] || fail "local-stack not ready after 180 s"
# shellcheck disable=SC1091
. "$WORK/stack.env"

n=0
for s in ingest segment publish; do
  n=$((n + 1))
  port=$((BASE + n))
  dockerfile="$s-service/src/main/docker/Dockerfile.jvm"
  java_opts=$(sed -n 's/^ENV JAVA_OPTS="\([^"]*\)".*/\1/p' "$dockerfile")
  env_args=()
  while IFS= read -r line; do
    key=${line%%=*}
    case "$key" in
      # where the stack runs here instead of the compose network
      KAFKA_BOOTSTRAP_SERVERS) line="KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS" ;;
      DB_JDBC_URL) line="DB_JDBC_URL=$DB_JDBC_URL" ;;
      DB_USERNAME) line="DB_USERNAME=$DB_USERNAME" ;;
      DB_PASSWORD) line="DB_PASSWORD=$DB_PASSWORD" ;;
    esac
    env_args+=("$line")
  done < <(deploy/test/compose-env.py "$s-service" - <"$WORK/compose.yml")
  printf '%s\n' "${env_args[@]}" >"$WORK/$s.env"
  echo "run-with-compose-env: $s-service on :$port with $(printf '%s ' "${env_args[@]%%=*}")"
  # a clean environment (as in a container) plus the port this test uses instead of the image's
  env -i PATH="$PATH" HOME="$WORK" "${env_args[@]}" QUARKUS_HTTP_PORT="$port" JAVA_OPTS="$java_opts" \
    sh -c 'exec "$0" $JAVA_OPTS $JAVA_OPTS_APPEND -jar "$1"' "$JAVA" "$s-service/target/quarkus-app/quarkus-run.jar" \
    >"$WORK/$s.log" 2>&1 </dev/null &
  PIDS+=($!)
done

n=0
for s in ingest segment publish; do
  n=$((n + 1))
  port=$((BASE + n))
  # the HEALTHCHECK command exactly as the Dockerfile writes it
  health=$(sed -n 's/^ *CMD \(curl .*\)$/\1/p' "$s-service/src/main/docker/Dockerfile.jvm")
  [ -n "$health" ] || fail "no HEALTHCHECK CMD found in $s-service's Dockerfile"
  ok=
  for _ in $(seq 1 180); do
    if QUARKUS_HTTP_PORT="$port" sh -c "$health" 2>/dev/null; then ok=1; break; fi
    kill -0 "${PIDS[$n]}" 2>/dev/null || fail "$s-service exited: $(tail -20 "$WORK/$s.log")"
    sleep 1
  done
  [ -n "$ok" ] || fail "$s-service not ready after 180 s: $(tail -20 "$WORK/$s.log")"
  echo "run-with-compose-env: $s-service ready: $(curl -s "http://127.0.0.1:$port/q/health/ready" | tr -d ' \n' | cut -c1-160)"
done

# one episode through the pipeline, as an editor would send it
sample="samples/tech-co-2025-10-21-dailymotion.txt"
resp=$(curl -sS -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$sample" "http://127.0.0.1:$((BASE + 1))/api/episodes")
id=$(printf '%s' "$resp" | sed -n 's/.*"episodeId" *: *"\([^"]*\)".*/\1/p')
[ -n "$id" ] || fail "ingest did not accept the sample: $resp"
echo "run-with-compose-env: episode $id accepted; waiting for its chapters"
for _ in $(seq 1 120); do
  code=$(curl -s -o "$WORK/chapters.json" -w '%{http_code}' "http://127.0.0.1:$((BASE + 3))/api/episodes/$id/chapters")
  [ "$code" = 200 ] && break
  sleep 1
done
[ "${code:-}" = 200 ] || fail "no chapters for $id after 120 s (last HTTP $code)"
echo "run-with-compose-env: chapters published: $(grep -o '"headline"' "$WORK/chapters.json" | wc -l) chapters"
curl -s "http://127.0.0.1:$((BASE + 1))/q/metrics" >"$WORK/ingest.metrics"
curl -s "http://127.0.0.1:$((BASE + 2))/q/metrics" >"$WORK/segment.metrics"
curl -s "http://127.0.0.1:$((BASE + 3))/q/metrics" >"$WORK/publish.metrics"
if [ -n "${DEPLOY_TEST_HOLD:-}" ]; then
  echo "run-with-compose-env: holding for $DEPLOY_TEST_HOLD s (DEPLOY_TEST_HOLD)"; sleep "$DEPLOY_TEST_HOLD"
fi
echo "run-with-compose-env: OK"
