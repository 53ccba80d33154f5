#!/bin/sh
# Runs the benchmark suite and prints one table: each benchmark, our score, the baselines
# beside it with the ratio, and the issue's target.
#
#   bench/run.sh            short profile, about 10 minutes on 2 cores
#   bench/run.sh --smoke    1 fork, 1 short iteration of everything: proves it runs (CI)
#
# Other arguments go to the suite: --only jmh,cold,batch,cli  --jmh REGEX  --out DIR
# Logs (JMH output, batch children, hyperfine) and results.md land in
# briefing-benchmarks/target/bench/.
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$root"

smoke=false
for arg in "$@"; do
  [ "$arg" = "--smoke" ] && smoke=true
done

# hyperfine times the CLI end to end; the short profile installs it when it can.
if ! command -v hyperfine >/dev/null 2>&1 && [ "$smoke" = false ] \
    && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing hyperfine" >&2
  apt-get install -y -qq hyperfine >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } \
    || echo "== hyperfine could not be installed: the CLI row stays empty" >&2
fi

modules=briefing-benchmarks
[ -d briefing-cli ] && modules="$modules,briefing-cli"
echo "== building $modules" >&2
mvn -B -q -pl "$modules" -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2

java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
exec "$java" -jar briefing-benchmarks/target/benchmarks.jar --repo "$root" "$@"
