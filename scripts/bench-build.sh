#!/usr/bin/env bash
# Measures a first build, a no-op rebuild and a one-article rebuild of a corpus: wall time and peak resident memory.
# Usage: scripts/bench-build.sh [CORPUS_DIR [BUILD OPTION...]] (default: corpus), e.g. scripts/bench-build.sh corpus
# --no-link. Needs target/parley.jar (mvn -q -DskipTests package)
# and GNU time (/usr/bin/time, Debian package "time"). Prints one line per run; copy them into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-corpus}
shift || true
options=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/corpus"

run() {
  local label=$1
  /usr/bin/time -f "%e %M" -o "$work/time" java -jar "${PARLEY_JAR:-target/parley.jar}" build --corpus "$work/corpus" \
      --store "$work/store" "${options[@]}" 2> "$work/err" || true
  read -r seconds kilobytes < "$work/time"
  printf '%-22s %6.1f s wall  %5.2f GB peak RSS  | %s\n' "$label" "$seconds" "$(echo "$kilobytes/1048576" | bc -l)" \
      "$(grep '^build:' "$work/err")"
}

run "first build"
run "no-op rebuild"
first=$(ls "$work/corpus"/*.txt | head -1)
echo "A sentence added for the benchmark." >> "$first"
run "one article changed"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
