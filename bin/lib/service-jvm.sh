# Sourced by bin/pipeline and bin/bench: which java runs the services, and with which start-up cache.
#
# The services are compiled for Java 17 and run on any JDK >= 17. When a JDK 25 or newer is installed
# (this machine kind has Temurin 25 under /usr/lib/jvm), they run on it: JDK 25's AOT cache (JEP 483/514/515,
# classes loaded and linked ahead of time plus method profiles) makes each start 1-2 s shorter (ingest 2.9-4.3 s
# instead of 5.5-5.8 s on a slow day of this machine, ~1.5 s instead of ~2.5 s on a fast one). The cache is made by a training run (a real start against Kafka and PostgreSQL, then a clean stop)
# and kept next to quarkus-run.jar; docs/performance-fixes.md. With an older JDK, Quarkus' AppCDS archive
# (app-cds.jsa, made by the build) is used instead.
#   PIPELINE_JAVA=/path/to/bin/java   use this java for the services (no search)
#   PIPELINE_AOT=off                  no AOT cache, no training run
#   PIPELINE_PACKAGING=fast-jar       package as fast-jar + AppCDS even on JDK 25 (default there: aot-jar; service_build_options)

# JVM options for the services on a java of feature version $1: a small initial heap (the default is 1/64 of the
# machine's memory, touched before the first GC), a fixed 40 MB young generation with 8 MB survivor spaces that
# may fill to 90 % before objects are promoted early (with the default ~10 MB one segment-service collected 30
# times a second under load; with 32 MB, 5.3 MB survivors and the default 50 % target, the episodes in progress
# overflowed the target during a burst, the tenuring age fell from 15 to 1-6 and segment's old generation grew by
# ~60 MB through the bench's bursts: docs/performance-fixes.md, "2026-11-28, early morning"), serial GC,
# and a 256 MB ceiling. The serial collector grows the old generation rather than collect it until it reaches
# -Xmx, so the ceiling is what bounds memory under sustained load (with 512 MB, segment-service's heap was 326 MB
# after 4 minutes of load); 256 MB is what the largest transcript the pipeline carries needs (36 h, a 9.4 MB
# event: 160 MB ran out of memory in segment-service). After a full collection the heap shrinks back
# (MaxHeapFreeRatio). JDK 25+: compact object headers (JEP 519, smaller heap) and a periodic trim of glibc's heap
# (C2's arenas stay resident after a burst otherwise).
# Native access for zstd-jni (Kafka compression), which JDK 24+ otherwise warns about at every start.
# JDK 25+: C2 only, no tiered compilation. Three services share two cores, and with tiers each one C1-compiled
# ~12,000 methods of Kafka, Vert.x, JDBC and JSON code with profiling, then recompiled the hot ones with C2 for
# minutes: after 3 minutes of load ingest's and segment's compiler threads still took 14-21 ms of CPU per episode
# and each code cache held 41-47 MB. Without tiers only hot methods are compiled: 4-11 ms per episode, peak RSS
# under the bench's burst 233-246 MB instead of 282-296, throughput no lower, start-up no slower
# (docs/performance-fixes.md, "2026-11-27, midday").
# And C2 compiles after a fifth of its default calls (CompileThresholdScaling=0.2: ~1,000 instead of 5,000): a
# service runs its Kafka, JDBC and transaction code a few times per episode, so with the default much of it still
# ran interpreted after 2,000 episodes and was compiled in dribs inside bursts. With it, under the bench's burst,
# the Kafka clients' threads took ~half their CPU and ingest's worker a third less (docs/performance-fixes.md,
# "2026-11-27, late night"). The in-process harness keeps the default: with it its limit is higher.
service_jvm_options() {
  local opts="-Xms64m -Xmx256m -Xmn40m -XX:SurvivorRatio=3 -XX:TargetSurvivorRatio=90 -XX:+UseSerialGC -XX:MinHeapFreeRatio=15 -XX:MaxHeapFreeRatio=40"
  if [ -n "$1" ] && [ "$1" -ge 25 ] 2>/dev/null; then
    opts="$opts -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=1000 --enable-native-access=ALL-UNNAMED"
    opts="$opts -XX:-TieredCompilation -XX:CompileThresholdScaling=0.2"
  fi
  echo "$opts"
}

# The java for the services: $PIPELINE_JAVA, else the newest JDK >= 25 under /usr/lib/jvm, else $1 (the default java).
service_java() {
  if [ -n "${PIPELINE_JAVA:-}" ]; then echo "$PIPELINE_JAVA"; return; fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*/; do
    [ -x "${dir}bin/java" ] && [ -f "${dir}release" ] || continue
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${dir}release")
    if [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ]; then
      best="${dir}bin/java"; best_major=$major
    fi
  done
  echo "${best:-$1}"
}

# The full version of a java ("25.0.3"), from its java.version property.
java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p' | head -n 1
}

# The AOT cache file name for that java in a quarkus-app directory, or nothing when the JDK has no AOT cache
# (< 25) or PIPELINE_AOT=off. The name holds the JDK version: a cache only works with the JDK that made it.
aot_cache_name() {
  local version=$1 major
  [ "${PIPELINE_AOT:-on}" = off ] && return 0
  major=${version%%.*}
  [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null && echo "app-$version.aot"
  return 0
}

# The Maven options that package the services for the java of full version $1: the aot-jar packaging when the JDK
# has an AOT cache (25+), else Quarkus' fast-jar with its AppCDS archive (the services on the build's JDK 17);
# PIPELINE_PACKAGING=fast-jar asks for fast-jar on JDK 25 too. aot-jar puts every jar on the JDK's own class path,
# so the JVM takes the cached classes straight from the cache; with fast-jar Quarkus' class loader still reads each
# class's bytes from its jar before the JVM may use the cached copy (~15 % of a start's main thread). fast-jar was
# the default until the stage consumers fetched 64 KB a partition: with aot-jar RSS under the burst was then
# 250-262 MB for ingest and segment, while fast-jar met ready <= 2 s in no bench (2.4-3.0 s). See
# docs/performance-fixes.md, "2026-12-07, late", for both packagings' figures since.
# Without an AOT cache aot-jar only loses fast-jar's optimisations.
service_build_options() {
  if [ "${PIPELINE_PACKAGING:-aot-jar}" = aot-jar ] && [ -n "$(aot_cache_name "$1")" ]; then
    echo "-Dquarkus.package.jar.type=aot-jar"
  else
    echo "-Dquarkus.package.jar.type=fast-jar -Dquarkus.package.jar.appcds.enabled=true"
  fi
}

# Whether quarkus-app directory $1 needs a training run for cache $2: no cache yet, or older than the jars.
aot_needs_training() {
  local dir=$1 cache=$2
  [ -n "$cache" ] || return 1
  [ -f "$dir/$cache" ] || return 0
  [ -n "$(find "$dir/quarkus-run.jar" "$dir/lib" "$dir/app" "$dir/quarkus" -newer "$dir/$cache" -print -quit 2>/dev/null)" ]
}
