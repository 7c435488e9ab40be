#!/usr/bin/env bash
# Checks docker-compose.yml, the services' Dockerfiles and the deploy/ files without a Docker engine.
# Installs nothing. Needs: docker-compose (Debian's package, v1.29: `config` works without a daemon),
# python3 with PyYAML (a dependency of that package), unzip. Run it after `./mvnw package` (or verify):
# the Dockerfiles copy target/quarkus-app/, and this script checks that what they copy exists.
#
#   deploy/test/compose-config.sh
#
# Prints one line per check and closes with "compose-config: N passed, N failed"; exits 1 if any failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
SERVICES=(ingest segment publish)
passed=0
failed=0
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

ok() { echo "ok    $*"; passed=$((passed + 1)); }
bad() { echo "FAIL  $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@" >"$WORK/out" 2>&1; then ok "$what"; else bad "$what"; sed 's/^/      /' "$WORK/out" | head -n 20; fi; }

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "compose-config: docker-compose is not installed. Install Debian's package (no Docker engine needed):" >&2
  echo "  apt-get update -qq && apt-get install -y -qq docker-compose" >&2
  echo "compose-config: 0 passed, 1 failed"
  exit 1
fi
command -v python3 >/dev/null 2>&1 && python3 -c 'import yaml' 2>/dev/null || {
  echo "compose-config: python3 with PyYAML is missing (it comes with Debian's docker-compose package)" >&2
  echo "compose-config: 0 passed, 1 failed"
  exit 1
}

# --- 1. the compose file is valid (compose implementation, no daemon) ---
check "docker-compose config -q accepts docker-compose.yml" docker-compose -f docker-compose.yml config -q
check "docker-compose config -q accepts it with the monitoring profile" docker-compose -f docker-compose.yml --profile monitoring config -q
# the same file with every deployment variable set, as a real deployment would
check "docker-compose config -q with production-style variables" env PIPELINE_DB_PASSWORD=x PIPELINE_API_KEY=y \
  PIPELINE_PARTITIONS=12 SEGMENT_SERVICE_PORTS=8082:8082 PIPELINE_IMAGE_TAG=1.0.0 docker-compose -f docker-compose.yml config -q
docker-compose -f docker-compose.yml config >"$WORK/compose.yml" 2>/dev/null || { echo "compose-config: cannot render the compose file"; echo "compose-config: $passed passed, $((failed + 1)) failed"; exit 1; }

# --- 2. structure: images, dependencies, health checks, ports, secrets ---
check "compose: services, images, health conditions, ports" python3 - "$WORK/compose.yml" <<'EOF'
import sys, yaml
c = yaml.safe_load(open(sys.argv[1]))["services"]
errors = []
def need(cond, msg):
    if not cond: errors.append(msg)
for name in ["kafka", "kafka-init", "postgres", "ingest-service", "segment-service", "publish-service", "prometheus", "grafana"]:
    need(name in c, f"service {name} missing")
need(c["kafka"]["image"] == "apache/kafka:4.1.2", "kafka image must be apache/kafka:4.1.2")
need(c["kafka-init"]["image"] == "apache/kafka:4.1.2", "kafka-init image must be apache/kafka:4.1.2")
need(c["postgres"]["image"] == "postgres:17", "postgres image must be postgres:17")
ke = c["kafka"]["environment"]
need("broker" in ke.get("KAFKA_PROCESS_ROLES", "") and "controller" in ke.get("KAFKA_PROCESS_ROLES", ""), "kafka must run KRaft combined (broker,controller)")
for k in ["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"]:
    need(str(ke.get(k)) == "1", f"kafka {k} must be 1 on a single node")
need(int(ke.get("KAFKA_MESSAGE_MAX_BYTES", 0)) >= 10485760, "kafka message.max.bytes below 10 MiB")
need("pg_isready" in " ".join(c["postgres"]["healthcheck"]["test"]), "postgres health check must use pg_isready")
need("kafka-topics.sh" in open("deploy/kafka/create-topics.sh").read(), "topic script must use kafka-topics.sh")
need(c["kafka-init"]["depends_on"]["kafka"]["condition"] == "service_healthy", "kafka-init must wait for a healthy kafka")
need(c["kafka-init"].get("restart") == "no", "kafka-init is one-shot (restart: no)")
for s, port in [("ingest-service", 8081), ("segment-service", 8082), ("publish-service", 8083)]:
    svc = c[s]
    dep = svc.get("depends_on", {})
    need(dep.get("postgres", {}).get("condition") == "service_healthy", f"{s}: depends_on postgres service_healthy")
    need(dep.get("kafka", {}).get("condition") == "service_healthy", f"{s}: depends_on kafka service_healthy")
    need(dep.get("kafka-init", {}).get("condition") == "service_completed_successfully", f"{s}: depends_on kafka-init completed")
    need(svc.get("build", {}).get("dockerfile") == f"{s}/src/main/docker/Dockerfile.jvm", f"{s}: built from its own Dockerfile.jvm")
    ports = svc.get("ports", [])
    need(ports and all(p.get("target") == port for p in ports), f"{s}: container port must be {port}")
    if s == "segment-service":
        need(all(not p.get("published") for p in ports), "segment-service must not publish a fixed host port by default (--scale)")
    else:
        need(any(str(p.get("published")) == str(port) for p in ports), f"{s}: host port {port} by default")
    env = svc.get("environment", {})
    need(env.get("KAFKA_BOOTSTRAP_SERVERS") == "kafka:9092", f"{s}: KAFKA_BOOTSTRAP_SERVERS=kafka:9092")
    need(env.get("DB_JDBC_URL", "").startswith("jdbc:postgresql://postgres:5432/"), f"{s}: DB_JDBC_URL to the postgres service")
if errors:
    print("\n".join(errors)); sys.exit(1)
EOF

check "compose: no literal secret (passwords and keys only as \${VAR...} with documented local defaults)" python3 - <<'EOF'
import re, sys, yaml
raw = yaml.safe_load(open("docker-compose.yml"))
errors = []
def walk(node, path):
    if isinstance(node, dict):
        for k, v in node.items():
            walk(v, f"{path}.{k}")
            if re.search(r"PASSWORD|API_KEY|SECRET|JAAS", str(k)) and v not in (None, "") and not str(v).startswith("${"):
                errors.append(f"{path}.{k} = {v!r} is a literal, use ${{VAR}}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, f"{path}[{i}]")
walk(raw, "")
# local-only defaults must say so
for m in re.finditer(r"\$\{(\w*(?:PASSWORD|API_KEY)\w*):-([^}]*)\}", open("docker-compose.yml").read()):
    if m.group(2) and "local" not in m.group(2):
        errors.append(f"default of {m.group(1)} ({m.group(2)!r}) must be marked local-only")
if errors:
    print("\n".join(errors)); sys.exit(1)
EOF

# --- 3. topics: the script creates the contracts' topics and the DLQs of the consumed ones ---
topics_expected() {
  local f
  f=$(find pipeline-contracts/src/main/java -name Topics.java | head -n 1)
  sed -n 's/.*String \(EPISODES_NEW\|TRANSCRIPTS_INGESTED\|SEGMENTS_ENRICHED\|SUMMARIES_PUBLISHED\) = "\([^"]*\)".*/\2/p' "$f"
  # every topic a service consumes with a dead-letter queue, from the services' configuration
  grep -h 'dead-letter-queue.topic=' ./*-service/src/main/resources/application.properties | sed 's/.*=//'
}
topics_scripted() {
  sed -n '/^TOPICS=(/,/^)/p' deploy/kafka/create-topics.sh | tr ' ' '\n' | grep -E '^[a-z]+\.[a-z.0-9]+$'
}
check "topics: create-topics.sh creates exactly the contracts' topics and their .dlq topics" \
  diff <(topics_expected | sort -u) <(topics_scripted | sort -u)
check "topics: every topic the services read or write is created" bash -c '
  missing=0
  for t in $(grep -hE "^mp\.messaging\.(incoming|outgoing)\.[^.]+\.topics?=" ./*-service/src/main/resources/application.properties | sed "s/.*=//" | tr , "\n" | sort -u); do
    grep -qw -- "$t" <(sed -n "/^TOPICS=(/,/^)/p" deploy/kafka/create-topics.sh | tr " " "\n") || { echo "topic $t is not created"; missing=1; }
  done
  exit $missing'
check "topics: partitions from \${PIPELINE_PARTITIONS:-6}, max.message.bytes=10485760" bash -c '
  grep -q "PIPELINE_PARTITIONS: \${PIPELINE_PARTITIONS:-6}" docker-compose.yml &&
  grep -q "PIPELINE_MAX_MESSAGE_BYTES: 10485760" docker-compose.yml &&
  grep -q -- "--config \"max.message.bytes=\$MAX_MESSAGE_BYTES\"" deploy/kafka/create-topics.sh &&
  grep -q -- "--partitions \"\$PARTITIONS\"" deploy/kafka/create-topics.sh'
check "topics: create-topics.sh is valid bash" bash -n deploy/kafka/create-topics.sh

# --- 4. per service: Dockerfile, copied files, jar, health check, environment ---
# the build context as docker-compose's own builder computes it from .dockerignore (docker-py)
check "build context: .dockerignore keeps the fast-jars (all files) and nothing else" python3 - <<'EOF'
import os, sys
from docker.utils.build import exclude_paths
patterns = [l.strip() for l in open(".dockerignore") if l.strip() and not l.startswith("#")]
errors = []
for svc in ["ingest", "segment", "publish"]:
    df = f"{svc}-service/src/main/docker/Dockerfile.jvm"
    files = exclude_paths(".", list(patterns), dockerfile=df)  # it appends to the list it gets
    app = f"{svc}-service/target/quarkus-app"
    if not os.path.isdir(app):
        errors.append(f"{app} missing: build first"); continue
    built = {os.path.join(d, f) for d, _, fs in os.walk(app) for f in fs}
    missing = built - files
    if missing: errors.append(f"{svc}: {len(missing)} files of {app} excluded, e.g. {sorted(missing)[0]}")
    extra = {f for f in files if "/target/quarkus-app/" not in f + "/" and f not in (".dockerignore", df)}
    if extra: errors.append(f"{svc}: context holds more than the fast-jars, e.g. {sorted(extra)[:3]}")
if errors: print("\n".join(errors)); sys.exit(1)
EOF

known_env_names() {
  # the environment-variable form of every configuration name the service reads (Quarkus rule:
  # non-alphanumerics become '_', upper case), plus the ${VAR} references in application.properties
  local svc=$1 props="$svc-service/src/main/resources/application.properties"
  {
    grep -oE '^[%a-zA-Z][^=]*' "$props" | sed 's/^%[a-z]*\.//'
    grep -rhoE '@ConfigProperty\(name *= *"[^"]+"' "$svc-service/src/main/java" pipeline-runtime/src/main/java 2>/dev/null | sed 's/.*"\(.*\)"/\1/'
    # @ConfigMapping(prefix = "x") interfaces: x.method-name (camelCase -> kebab-case)
    grep -rlE '@ConfigMapping' "$svc-service/src/main/java" pipeline-runtime/src/main/java 2>/dev/null | while read -r f; do
      prefix=$(sed -n 's/.*@ConfigMapping(prefix *= *"\([^"]*\)").*/\1/p' "$f")
      grep -oE '^\s+[A-Za-z<>.,? ]+\s+[a-z][A-Za-z0-9]*\(\);' "$f" | sed -E 's/.*\s([a-z][A-Za-z0-9]*)\(\);/\1/' |
        sed -E 's/([A-Z])/-\L\1/g' | sed "s/^/$prefix./"
    done
  } | sed 's/[^A-Za-z0-9]/_/g' | tr '[:lower:]' '[:upper:]'
  grep -oE '\$\{[A-Z_][A-Z0-9_]*' "$props" | sed 's/^\${//'
}

for svc in "${SERVICES[@]}"; do
  df="$svc-service/src/main/docker/Dockerfile.jvm"
  app="$svc-service/target/quarkus-app"
  props="$svc-service/src/main/resources/application.properties"
  port=$(sed -n 's/^quarkus\.http\.port=//p' "$props")
  check "$svc: Dockerfile.jvm exists, eclipse-temurin 25 JRE (the JDK bin/pipeline runs the services on), non-root USER" bash -c "
    test -f '$df' && grep -qE '^FROM eclipse-temurin:25-jre' '$df' && u=\$(sed -n 's/^USER //p' '$df' | tail -n 1) && test -n \"\$u\" && test \"\$u\" != root && test \"\$u\" != 0"
  if [ ! -d "$app" ]; then
    bad "$svc: $app missing: run ./mvnw -B -ntp package -DskipTests before this check"
    continue
  fi
  check "$svc: every COPY source exists after the build and passes .dockerignore" bash -c "
    rc=0
    while read -r src; do
      [ -e \"\$src\" ] || { echo \"COPY source \$src does not exist\"; rc=1; }
      grep -qxF \"!\$(echo \"\$src\" | cut -d/ -f1-3)/\" .dockerignore || { echo \"COPY source \$src is excluded by .dockerignore\"; rc=1; }
    done < <(grep -E '^COPY ' '$df' | sed -E 's/--[a-z]+=[^ ]+ //g' | awk '{print \$2}')
    exit \$rc"
  check "$svc: the image runs the jar the build produced (quarkus-run.jar, fast-jar layout complete)" bash -c "
    grep -qE '^COPY .*$app/quarkus-run.jar /deployments/quarkus-run.jar' '$df' &&
    grep -qE '^CMD .*-jar /deployments/quarkus-run.jar' '$df' &&
    for d in lib app quarkus; do grep -qE \"^COPY .*$app/\$d/ /deployments/\$d/\" '$df' || { echo \"\$d/ not copied\"; exit 1; }; done &&
    unzip -p '$app/quarkus-run.jar' META-INF/MANIFEST.MF | tr -d '\r' | grep -q '^Main-Class: io.quarkus.bootstrap.runner.QuarkusEntryPoint' &&
    test -f '$app/app/$svc-service-1.0.0-SNAPSHOT.jar' &&
    unzip -p '$app/quarkus-run.jar' META-INF/MANIFEST.MF | tr -d '\r' | sed -n '/^Class-Path:/,/^[A-Z]/p' | sed 's/^Class-Path://; s/^ //' | tr -d '\n' | sed 's/Main-Class.*//' |
      tr ' ' '\n' | grep . | while read -r j; do test -f '$app/'\"\$j\" || { echo \"Class-Path entry \$j missing\"; exit 1; }; done"
  check "$svc: HEALTHCHECK on /q/health/ready at the service's port $port, health extension present" bash -c "
    grep -qE '^HEALTHCHECK ' '$df' && grep -qE 'CMD curl .*127.0.0.1:\\\$\{QUARKUS_HTTP_PORT:-$port\}/q/health/ready' '$df' &&
    grep -qE '^EXPOSE $port\$' '$df' && grep -q '<artifactId>quarkus-smallrye-health</artifactId>' '$svc-service/pom.xml' &&
    ls '$app/lib/main/' | grep -q '^io.quarkus.quarkus-smallrye-health-[0-9]'"
  check "$svc: /q/metrics (Prometheus) served and scraped at port $port" bash -c "
    grep -q '^quarkus.micrometer.export.prometheus.path=/q/metrics' '$props' &&
    ls '$app/lib/main/' | grep -q '^io.quarkus.quarkus-micrometer-registry-prometheus-[0-9]' &&
    python3 -c \"import sys,yaml; j=[x for x in yaml.safe_load(open('deploy/prometheus.yml'))['scrape_configs'] if x['job_name']=='$svc-service'][0]; sys.exit(0 if j['metrics_path']=='/q/metrics' and j['dns_sd_configs'][0]['port']==$port else 1)\""
  known_env_names "$svc" | sort -u >"$WORK/$svc.known"
  check "$svc: every variable compose sets is read by the service (application.properties / Quarkus env mapping) or the image" bash -c "
    rc=0
    for v in \$(deploy/test/compose-env.py '$svc-service' - <'$WORK/compose.yml' | cut -d= -f1); do
      if grep -qxF \"\$v\" '$WORK/$svc.known'; then continue; fi
      # read by the image itself (the Dockerfile's CMD)
      if grep -qE '^CMD .*\\\$'\"\$v\"'( |\")' '$df'; then continue; fi
      echo \"\$v is set by docker-compose.yml but nothing in $svc-service reads it\"; rc=1
    done
    exit \$rc"
  check "$svc: the %prod variables the service needs are all set by compose" bash -c "
    rc=0
    for v in \$(grep -oE '^%prod\.[^=]+=\\\$\{[A-Z_]+' '$props' | sed 's/.*\\\${//'); do
      deploy/test/compose-env.py '$svc-service' - <'$WORK/compose.yml' | grep -q \"^\$v=\" || { echo \"\$v not set\"; rc=1; }
    done
    exit \$rc"
done

# --- 5. monitoring files ---
check "monitoring: grafana dashboard is valid JSON using the provisioned data source and the pipeline metrics" python3 - <<'EOF'
import json, sys, yaml
d = json.load(open("deploy/grafana/pipeline-dashboard.json"))
ds = yaml.safe_load(open("deploy/grafana/provisioning/datasources/prometheus.yml"))["datasources"][0]["uid"]
exprs = [t["expr"] for p in d["panels"] for t in p.get("targets", [])]
uids = {p["datasource"]["uid"] for p in d["panels"] if "datasource" in p}
errors = []
if uids != {ds}: errors.append(f"panels use data sources {uids}, provisioned is {ds}")
for metric in ["pipeline_stage_processed_total", "pipeline_stage_failed_total", "pipeline_stage_duration_seconds_bucket",
               "pipeline_outbox_pending", "kafka_consumer_fetch_manager_records_lag_max", "kafka_producer_topic_record_send_total"]:
    if not any(metric in e for e in exprs): errors.append(f"no panel uses {metric}")
if errors: print("\n".join(errors)); sys.exit(1)
EOF
if [ -f deploy/grafana/generate-dashboard.py ]; then
  check "monitoring: pipeline-dashboard.json is what generate-dashboard.py writes" \
    bash -c 'diff <(python3 deploy/grafana/generate-dashboard.py) deploy/grafana/pipeline-dashboard.json'
fi
if command -v promtool >/dev/null 2>&1; then
  check "monitoring: promtool check config deploy/prometheus.yml" promtool check config deploy/prometheus.yml
else
  echo "skip  monitoring: promtool not installed (Debian package prometheus); prometheus.yml checked as YAML only"
  check "monitoring: prometheus.yml is valid YAML with the three jobs" python3 -c "
import yaml, sys; jobs = {j['job_name'] for j in yaml.safe_load(open('deploy/prometheus.yml'))['scrape_configs']}
sys.exit(0 if {'ingest-service','segment-service','publish-service'} <= jobs else 1)"
fi

echo "compose-config: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
