#!/usr/bin/env bash
# Launcher start-up and idle memory (issue #17): runs the README's start command, times it until "platform is up",
# waits BENCH_IDLE seconds (default 60) and prints each service's RSS, then stops the platform.
# Usage: bench/launcher/run.sh [--reset]   (run it twice: the second run is the warm start)
set -uo pipefail
cd "$(dirname "$0")/../.."
idle=${BENCH_IDLE:-60}
log=$(mktemp /tmp/launcher-bench.XXXXXX.log)
start=$(date +%s.%N)
# BENCH_MAVEN_ARGS: more Maven arguments, e.g. -Dcs.class-data.train=false (start on the archives the build made)
./mvnw -B -ntp install -DskipTests -Pstart -Dexec.args="$*" ${BENCH_MAVEN_ARGS:-} > "$log" 2>&1 &
launcher=$!
# a background job ignores SIGINT: TERM runs the same shutdown hooks as Ctrl-C (every process it started stops)
# a run that trains class-data archives writes them while it stops (once after each package): the stop is timed
stop() {
  local from; from=$(date +%s.%N)
  pkill -TERM -P "$launcher" 2>/dev/null; kill -TERM "$launcher" 2>/dev/null; wait "$launcher" 2>/dev/null
  echo "BENCH launcher: stopped in $(echo "$(date +%s.%N) - $from" | bc) s; trained class-data archives:" \
    "$(ls services/*/target/quarkus-app/app-cds-trained.jsa 2>/dev/null | wc -l) of 10"
}
trap stop EXIT
launched=""
until grep -q "platform is up" "$log"; do
  if [ -z "$launched" ] && grep -q -- "--- exec:" "$log"; then launched=$(date +%s.%N); fi
  kill -0 "$launcher" 2>/dev/null || { tail -50 "$log"; echo "BENCH launcher: the launcher ended before it was up"; exit 1; }
  sleep 0.5
done
up=$(date +%s.%N)
echo "BENCH launcher: README command -> up $(echo "$up - $start" | bc) s, of which the Maven build $(echo "${launched:-$start} - $start" | bc) s"
grep -E "platform is up|Memory \(RSS" "$log"
# the CPU each JVM spent to get there: with two cores, their sum over 2 is the floor of the start's wall time
tick=$(getconf CLK_TCK)
echo "BENCH launcher: CPU seconds spent by each process until up:"
for pid in $(pgrep -f "quarkus-run.jar|kafka.Kafka|keycloak|OutboxRelay|debezium"); do
  dir=$(readlink /proc/$pid/cwd); name=$(echo "$dir" | grep -o 'services/[a-z-]*' | head -1)
  [ -z "$name" ] && name=$(tr '\0' ' ' < /proc/$pid/cmdline | grep -oE 'kafka\.Kafka|keycloak|relay|debezium' | head -1)
  awk -v n="$(basename "${name:-pid$pid}")" -v t="$tick" '{printf "  %s %.1f\n", n, ($14+$15)/t}' /proc/$pid/stat
done | sort
sleep "$idle"
echo "BENCH launcher: RSS (kB) per service after ${idle} s idle:"
# a service runs in its target/quarkus-app directory (with AppCDS its jar is named relative to it)
for pid in $(pgrep -f "quarkus-run.jar"); do
  name=$(readlink /proc/$pid/cwd | grep -o 'services/[a-z-]*/' | head -1)
  [ -n "$name" ] && echo "  $(basename "$name") $(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
done | sort
echo "BENCH launcher: load average $(cut -d' ' -f1-3 /proc/loadavg); log $log"
