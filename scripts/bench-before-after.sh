#!/usr/bin/env bash
# Builds the same generated corpus with two versions of Parley, as a user runs them (java -jar, a new JVM each time),
# and prints one Markdown table row per run: wall time, articles per minute, peak resident memory, the summary line.
#
# Usage: scripts/bench-before-after.sh [--articles N] [--threads "1 2"] [BEFORE_REV [AFTER_REV]]
#   BEFORE_REV  default 707e606, the last commit before issue 7 (speed and memory)
#   AFTER_REV   default the working tree's target/parley.jar (mvn -q -DskipTests package first)
# Each revision is packaged in a temporary git worktree. The corpus is `parley bench --write-corpus` of the after
# version (500 articles, random seed 7: the corpus `parley bench` measures). Needs GNU time (/usr/bin/time).
# About 30 minutes on 2 cores; run it with nothing else on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=500
threads="1 2"
while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --articles) articles=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
before=${1:-707e606}
after=${2:-}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

package() { # REV -> prints the path of its jar
  local rev=$1
  git worktree remove --force "$work/src" >/dev/null 2>&1 || true
  git worktree add --detach "$work/src" "$rev" >/dev/null 2>&1
  (cd "$work/src" && mvn -q -DskipTests package >&2)
  cp "$work/src/target/parley.jar" "$work/$rev.jar"
  echo "$work/$rev.jar"
}

before_jar=$(package "$before")
if [[ -n $after ]]; then
  after_jar=$(package "$after")
else
  after=working-tree
  after_jar=target/parley.jar
fi
java -jar "$after_jar" bench --write-corpus "$work/corpus" --articles "$articles"

run() { # LABEL JAR STORE THREADS
  local label=$1 jar=$2 store=$3 n=$4 rate="–"
  /usr/bin/time -f "%e %M" -o "$work/time" java -jar "$jar" build --corpus "$work/corpus" --store "$store" \
      --threads "$n" 2> "$work/err" || true
  read -r seconds kilobytes < "$work/time"
  if [[ $label == *"first build"* ]]; then rate=$(printf '%.1f' "$(echo "$articles * 60 / $seconds" | bc -l)"); fi
  printf '| %s | %s | %.1f s | %s | %.2f GB | %s |\n' "$label" "$n" "$seconds" "$rate" \
      "$(echo "$kilobytes / 1048576" | bc -l)" "$(grep '^build:' "$work/err" || tail -1 "$work/err")"
}

echo "| version | threads | wall | articles/min | peak resident memory | summary |"
echo "|---|---|---|---|---|---|"
for n in $threads; do
  for version in before after; do
    if [[ $version == before ]]; then jar=$before_jar; rev=$before; else jar=$after_jar; rev=$after; fi
    rm -rf "$work/store"
    run "$version ($rev), first build" "$jar" "$work/store" "$n"
    run "$version ($rev), no-op rebuild" "$jar" "$work/store" "$n"
  done
done
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | sed -n 1p);" \
     "$articles articles; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
