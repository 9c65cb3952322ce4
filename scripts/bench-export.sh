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

export_once() {
  local format=$1 out=$2
  /usr/bin/time -f "%e %M" -o "$dir/time" java "-Xmx$heap" -jar "$jar" export --store "$store" --format "$format" \
      --temp-dir "$dir" --out "$out" > "$dir/summary" 2> "$dir/err" || { cat "$dir/err"; exit 1; }
}

for format in ttl trig nt nq jsonld; do
  out="$dir/dump.$format"
  export_once "$format" "$out"
  read -r seconds kilobytes < "$dir/time"
  size=$(stat -c %s "$out")
  summary=$(cat "$dir/summary")
  export_once "$format" "$dir/again.$format"
  same=$(cmp -s "$out" "$dir/again.$format" && echo "same bytes twice" || echo "DIFFERENT BYTES")
  printf '%-6s %7.1f s wall  %6.0f MB peak RSS  %7.0f MB  %s | %s\n' "$format" "$seconds" \
      "$(echo "$kilobytes/1024" | bc -l)" "$(echo "$size/1048576" | bc -l)" "$same" "$summary"
  rm -f "$dir/again.$format"
done
gzip_out="$dir/dump.nq.gz"
export_once nq "$gzip_out"
read -r seconds kilobytes < "$dir/time"
printf '%-6s %7.1f s wall  %6.0f MB peak RSS  %7.0f MB\n' "nq.gz" "$seconds" "$(echo "$kilobytes/1024" | bc -l)" \
    "$(echo "$(stat -c %s "$gzip_out")/1048576" | bc -l)"
echo "heap: -Xmx$heap; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | sed -n 1p)"
