package org.parley.cli;

import picocli.CommandLine.Option;

/** Options of {@code serve} that {@code up} shares. */
final class ServeOptions {

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest a query may run before the server stops it (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;
}
