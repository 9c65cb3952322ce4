#!/usr/bin/env bash
# Redraws ontology/negotiation.svg from ontology/negotiation.ttl, so the picture always shows what the ontology says.
# Needs Java 17, Maven and Graphviz (Debian: apt-get install graphviz). Arguments go to Maven, e.g. -o for offline.
# Usage: scripts/ontology-diagram.sh [-o]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dot >/dev/null 2>&1; then
  echo "ontology-diagram: Graphviz 'dot' is not installed (Debian/Ubuntu: apt-get install graphviz)" >&2
  exit 1
fi

mvn -B -q "$@" compile
classpath_file=target/ontology-diagram.classpath
mvn -B -q "$@" dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime

dot_file=target/negotiation.dot
java -cp "target/classes:$(cat "$classpath_file")" org.parley.rdf.OntologyDiagram ontology/negotiation.ttl > "$dot_file"
dot -Tsvg "$dot_file" -o ontology/negotiation.svg
echo "wrote ontology/negotiation.svg"
