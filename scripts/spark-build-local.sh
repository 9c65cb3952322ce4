#!/usr/bin/env bash
# Runs the Spark job (org.parley.spark.SparkBuild) in Spark's local mode, with Spark taken from Maven Central as the
# pom's provided dependency: no cluster and no Spark installation needed.
#
#   scripts/spark-build-local.sh IN... OUT [--pipeline NAME] [--offline-links] [--max-article-chars N]
#
# IN: corpus folders, files or Parquet (any Hadoop path; a plain path is a local one). OUT: the job's output folder
# (N-Quads parts, manifest, errors); rerun with the same OUT to build only new or changed articles.
# PARLEY_SPARK_CORES (default: all) sets local[N]; PARLEY_SPARK_HEAP (default 4g) the JVM's heap, which holds
# CoreNLP (about 1.5 GB) and Spark.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 IN... OUT [--pipeline NAME] [--offline-links]" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
# compile scope = Parley's own dependencies plus the provided ones (Spark).
mvn -q -DskipTests compile dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/spark-cp.txt
# What Spark's launcher gives its JVMs on Java 17 (org.apache.spark.launcher.JavaModuleOptions); the pom's
# spark.jvm.args gives the test JVM the same.
SPARK_JVM_OPTS=(
  -XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true
  # Hadoop's client jar registers its shaded Woodstox as the StAX parser, and Jena then logs an error per RDF/XML
  # parser it makes; the JDK's parser is the one Jena expects.
  -Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl
)
exec java -Xmx"${PARLEY_SPARK_HEAP:-4g}" -XX:+UseParallelGC "${SPARK_JVM_OPTS[@]}" \
  -Dspark.master="local[${PARLEY_SPARK_CORES:-*}]" -Dspark.ui.enabled=false \
  -cp "target/classes:$(cat target/spark-cp.txt)" org.parley.spark.SparkBuild "$@"
