package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --watch DIR} of {@code serve} and {@code up}: ingest new articles while serving. */
final class WatchOptions {

    @Option(names = "--watch", paramLabel = "DIR",
            description = "While serving, ingest every article that appears or changes in DIR (polled each "
                    + "second; a file is read once it has stopped changing). CoreNLP loads once, for the first "
                    + "article; queries are answered meanwhile. One summary line per ingest; graphs are never removed.")
    Path watch;
}
