package org.parley.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.parley.server.FederationPolicy;
import org.parley.server.ParleyServer;
import org.parley.server.PasswordFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options of {@code serve} that {@code up} shares. */
final class ServeOptions {

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest a query may run before the server stops it (default: ${DEFAULT-VALUE}); "
                    + "a client's ?timeout= may only shorten it.")
    int timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ParleyServer.DEFAULT_MAX_ROWS,
            description = "The most rows (or triples) one query may return (default: ${DEFAULT-VALUE}); "
                    + "a bigger result is refused with HTTP 422, never cut short.")
    long maxRows;

    @Option(names = "--service-allow", paramLabel = "IRI",
            description = "A SPARQL endpoint that SERVICE may call; repeat for more. Replaces the default list, "
                    + "which is " + FederationPolicy.WIKIDATA + " alone: name it too to keep it.")
    List<String> serviceAllow = new ArrayList<>();

    @Option(names = "--no-federation", description = "Refuse every SERVICE, to Wikidata too.")
    boolean noFederation;

    @Option(names = "--allow-update",
            description = "Accept SPARQL Update at /parley/update and Graph Store writes at /parley/data, "
                    + "from the users of --password-file only (HTTP basic authentication). Default: no writes.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "The users who may write with --allow-update: one user:password a line.")
    Path passwordFile;

    private FederationPolicy federation;
    private PasswordFile writers;

    /**
     * Checks the options against each other (a conflict is bad usage, exit 2) and reads the password
     * file (a bad one fails the command, exit 1). Called before any work, so that {@code up} does
     * not build for a minute and then refuse to serve.
     */
    void prepare(CommandSpec spec) {
        if (noFederation && !serviceAllow.isEmpty()) {
            throw usage(spec, "--no-federation and --service-allow contradict each other");
        }
        if (maxRows < 1) {
            throw usage(spec, "--max-rows must be at least 1");
        }
        if (allowUpdate != (passwordFile != null)) {
            throw usage(spec, allowUpdate
                    ? "--allow-update needs --password-file FILE: writes are only for named users"
                    : "--password-file is only used with --allow-update");
        }
        try {
            federation = noFederation ? FederationPolicy.none()
                    : serviceAllow.isEmpty() ? FederationPolicy.wikidataOnly()
                    : FederationPolicy.allowing(serviceAllow);
        } catch (IllegalArgumentException e) {
            throw usage(spec, "--service-allow: " + e.getMessage());
        }
        if (allowUpdate) {
            writers = PasswordFile.read(passwordFile);
            if (writers.readableByOthers()) {
                spec.commandLine().getErr().println("parley: warning: every user of this machine can read "
                        + passwordFile + " (chmod 600 " + passwordFile + ")");
            }
        }
    }

    /** The server these options describe; {@link #prepare} first. */
    ParleyServer.Builder applyTo(ParleyServer.Builder server) {
        if (federation == null) {
            throw new IllegalStateException("ServeOptions.prepare was not called");
        }
        server.host(host)
              .port(port)
              .queryTimeout(Duration.ofSeconds(timeoutSeconds))
              .maxRows(maxRows)
              .federation(federation);
        return writers == null ? server : server.allowUpdate(writers);
    }

    /** Where writes go, for the start-up line; empty without {@code --allow-update}. */
    String writesNote(String baseUrl) {
        return writers == null ? ""
                : " Writes from the users of " + passwordFile + ": " + baseUrl + "parley/update, " + baseUrl + "parley/data.";
    }

    private static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
