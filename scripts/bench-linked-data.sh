#!/usr/bin/env bash
# Measures how fast a running server answers the query page, its list of queries and the /id/ descriptions (each
# format), and the query the page runs when meetings-and-calls.rq is picked: median and slowest of N requests.
# Usage: scripts/bench-linked-data.sh [BASE_URL [N [ID_PATH]]]
#   default http://127.0.0.1:3030/, 50 requests, id/country/russia (the most connected node of the seed corpus).
# Start the server first, e.g. java -jar target/parley.jar up. Needs curl. Prints one line per request kind.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://127.0.0.1:3030/}
n=${2:-50}
id_path=${3:-id/country/russia}
query=$(cat queries/meetings-and-calls.rq)

measure() {
  local label=$1
  shift
  local times=()
  for _ in $(seq "$n"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "$@")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 * 1000 }
    END { printf "%-34s median %7.1f ms   slowest %7.1f ms   (%d requests)\n", label, t[int((NR + 1) / 2)], t[NR], NR }'
}

# One request first, so the JVM has loaded what each answer needs before anything is timed.
for accept in text/turtle application/ld+json text/html; do
  curl -s -o /dev/null -H "Accept: $accept" "$base$id_path"
done
measure "GET / (the page)"                "$base"
measure "GET /queries.json"               "${base}queries.json"
measure "GET /$id_path as Turtle"         -H 'Accept: text/turtle' "$base$id_path"
measure "GET /$id_path as JSON-LD"        -H 'Accept: application/ld+json' "$base$id_path"
measure "GET /$id_path as HTML"           -H 'Accept: text/html' "$base$id_path"
measure "POST meetings-and-calls.rq"      -H 'Accept: application/sparql-results+json' \
                                          --data-urlencode "query=$query" "${base}parley/sparql"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | sed -n 1p)"
