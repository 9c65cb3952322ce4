#!/usr/bin/env bash
# Measures `load` (TDB2's bulk loaders) on a large generated dump: each loader into an empty store, then the default
# one again over the same store (every graph replaced). Prints one line per run: wall time, peak RSS and `load`'s
# summary (quads per second). Copy them into BENCHMARKS.md.
# Usage: scripts/bench-load.sh [ARTICLES] (default 5000 articles, about one million quads).
# Needs target/parley.jar and target/test-classes (mvn -q -DskipTests package && mvn -q test-compile) and GNU time
# (/usr/bin/time, Debian package "time"). Works in $BENCH_DIR (default /tmp/parley-bench-load).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-5000}
jar=${PARLEY_JAR:-target/parley.jar}
dir=${BENCH_DIR:-/tmp/parley-bench-load}
mkdir -p "$dir"
source_store="$dir/source-$articles"
parts="$dir/parts-$articles"

if [ ! -f "$parts/part-00000.gz" ]; then
  rm -rf "$source_store" "$parts"
  java -cp "target/test-classes:$jar" org.parley.store.SyntheticStore "$source_store" "$articles" 2> /dev/null
  java -jar "$jar" export --store "$source_store" --format nq --no-void --out "$parts/part-00000.gz" > /dev/null
fi
echo "dump: $parts, $(du -sh "$parts" | cut -f1); load average $(cut -d' ' -f1-3 /proc/loadavg)"

load_once() {
  local label=$1 store=$2; shift 2
  /usr/bin/time -f "%e s wall, peak RSS %M KB" -o "$dir/time" java -jar "$jar" load --nquads "$parts" \
      --store "$store" "$@" > "$dir/summary" 2> "$dir/err" || { cat "$dir/err"; exit 1; }
  echo "$label: $(cat "$dir/time"); $(cat "$dir/summary")"
}

for loader in parallel phased sequential; do
  rm -rf "$dir/store-$loader"
  load_once "$loader, empty store" "$dir/store-$loader" --loader "$loader"
done
load_once "parallel, every graph replaced" "$dir/store-parallel"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
