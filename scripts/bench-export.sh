#!/usr/bin/env bash
# Measures `export` on a large generated store: wall time, peak resident memory and size of each dump, with a small
# heap, and checks that a second export gives the same bytes.
# Usage: scripts/bench-export.sh [ARTICLES [HEAP]] (default: 15000 articles, about 3 million quads; -Xmx256m).
# Needs target/parley.jar and target/test-classes (mvn -q -DskipTests package && mvn -q test-compile) and GNU time
# (/usr/bin/time, Debian package "time"). The store is generated once into $BENCH_DIR (default /tmp/parley-bench)
# and kept for the next run. Prints one line per dump; copy them into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-15000}
heap=${2:-256m}
jar=${PARLEY_JAR:-target/parley.jar}
dir=${BENCH_DIR:-/tmp/parley-bench}
store="$dir/store-$articles"
mkdir -p "$dir"

if [ ! -d "$store" ]; then
  java -cp "target/test-classes:$jar" org.parley.store.SyntheticStore "$store" "$articles" 2> /dev/null
fi
echo "store: $store, $(du -sh "$store" | cut -f1) on disk"

# Peak RSS counts the store's memory-mapped index files too; the JVM's own memory (heap, metaspace, threads) is
# its anonymous part, sampled here from /proc every half second.
export_once() {
  local format=$1 out=$2 peak=0 anon
  /usr/bin/time -f "%e %M" -o "$dir/time" java "-Xmx$heap" -jar "$jar" export --store "$store" --format "$format" \
      --temp-dir "$dir" --out "$out" > "$dir/summary" 2> "$dir/err" &
  local timer=$!
  while kill -0 "$timer" 2> /dev/null; do
    for pid in $(pgrep -P "$timer" || true); do
      anon=$(awk '/^RssAnon/ {print $2}' "/proc/$pid/status" 2> /dev/null || true)
      if [ -n "$anon" ] && [ "$anon" -gt "$peak" ]; then peak=$anon; fi
    done
    sleep 0.5
  done
  wait "$timer" || { cat "$dir/err"; exit 1; }
  echo "$peak" > "$dir/anon"
}

report() {
  local label=$1 file=$2 same=${3:-} summary=${4:-} seconds kilobytes
  read -r seconds kilobytes < "$dir/time"
  printf '%-6s %6.1f s  %5.0f MB peak RSS  %4.0f MB of it the JVM (anon)  %4.0f MB file  %s| %s\n' "$label" \
      "$seconds" "$(echo "$kilobytes/1024" | bc -l)" "$(echo "$(cat "$dir/anon")/1024" | bc -l)" \
      "$(echo "$(stat -c %s "$file")/1048576" | bc -l)" "$same" "$summary"
}

for format in ttl trig nt nq jsonld; do
  out="$dir/dump.$format"
  export_once "$format" "$out"
  cp "$dir/time" "$dir/time.first"; cp "$dir/anon" "$dir/anon.first"; summary=$(cat "$dir/summary")
  export_once "$format" "$dir/again.$format"
  same=$(cmp -s "$out" "$dir/again.$format" && echo "same bytes twice " || echo "DIFFERENT BYTES ")
  mv "$dir/time.first" "$dir/time"; mv "$dir/anon.first" "$dir/anon"
  report "$format" "$out" "$same" "$summary"
  rm -f "$dir/again.$format"
done
export_once nq "$dir/dump.nq.gz"
report "nq.gz" "$dir/dump.nq.gz"
echo "heap: -Xmx$heap; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | sed -n 1p)"
