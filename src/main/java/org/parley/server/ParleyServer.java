package org.parley.server;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a dataset read-only over HTTP with an embedded Fuseki:
 * <ul>
 *   <li>{@code /parley/sparql}: SPARQL 1.1 Protocol, query only;</li>
 *   <li>{@code /parley/get}: Graph Store Protocol, GET and HEAD only;</li>
 *   <li>{@code /}: a page to pick, edit and run queries; {@code /explore}: a timeline and a network of the acts;
 *       {@code /id/...}: our IRIs resolved ({@link WebFront});</li>
 *   <li>{@code /.well-known/void}: the store's VoID description ({@link VoidServlet}).</li>
 * </ul>
 * The default graph is the union of the named graphs, for queries and for the Graph Store Protocol
 * alike. The union is set on this server's endpoints, not on the dataset: the caller's dataset is
 * left as it is. Every query runs under a time limit that cancels it on the server.
 *
 * <p>Safe for a public address by default: {@code SERVICE} may call only the endpoints of a
 * {@link FederationPolicy} ({@link FederationGuard}), results are computed in full up to a row cap
 * before they are sent, so a time limit never leaves a 200 with a cut-off body ({@link BufferedQuery}),
 * and any web page may read the query endpoints, without credentials ({@link ReadCors}). Writes
 * exist only if the builder is given a password file ({@link WriteEndpoints}).
 *
 * <p>Stopping the server does not close the dataset; its owner does.
 */
public final class ParleyServer implements AutoCloseable {

    /** The dataset's name in URLs: {@code http://HOST:PORT/parley/...}. */
    public static final String DATASET_NAME = "parley";
    /** The SPARQL query endpoint, under the dataset. */
    public static final String QUERY_ENDPOINT = "sparql";
    /** The read-only Graph Store Protocol endpoint, under the dataset. */
    public static final String GRAPH_STORE_ENDPOINT = "get";
    /** The default cap on the rows of one query's result. */
    public static final long DEFAULT_MAX_ROWS = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

    private final FusekiServer fuseki;
    private final String host;

    private ParleyServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    /** Starts listening; returns this. Fails with {@link IllegalStateException} if the port cannot be bound. */
    public ParleyServer start() {
        try {
            fuseki.start();
        } catch (FusekiException e) {
            IllegalStateException failure = new IllegalStateException(
                    "cannot listen on " + hostForUrl() + ":" + configuredPort() + ": " + e.getMessage(), e);
            // Jetty may have started its threads before the bind failed.
            try {
                fuseki.stop();
            } catch (FusekiException stopFailure) {
                failure.addSuppressed(stopFailure);
            }
            throw failure;
        }
        // The command line prints the one line a user needs; this is for whoever embeds the server.
        LOG.debug("SPARQL endpoint {}{}/{}, query page {}", baseUrl(), DATASET_NAME, QUERY_ENDPOINT, baseUrl());
        return this;
    }

    /** The port the server listens on (the actual one once started, also when built with port 0). */
    public int port() {
        int local = connector().getLocalPort();
        return local > 0 ? local : configuredPort();
    }

    /** For example {@code http://127.0.0.1:3030/}. */
    public String baseUrl() {
        return "http://" + hostForUrl() + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the dataset stays open. */
    @Override
    public void close() {
        fuseki.stop();
    }

    private int configuredPort() {
        return connector().getPort();
    }

    private ServerConnector connector() {
        return (ServerConnector) fuseki.getJettyServer().getConnectors()[0];
    }

    private String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public static final class Builder {
        private final Dataset dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(60);
        private FederationPolicy federation = FederationPolicy.wikidataOnly();
        private long maxRows = DEFAULT_MAX_ROWS;
        private WriteEndpoints writes;

        private Builder(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /** The address to bind; default {@code 127.0.0.1} (loopback only). {@code 0.0.0.0} binds every interface. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host is blank");
            }
            this.host = host.strip();
            return this;
        }

        /** The port; default 3030; 0 picks any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range 0-65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** The longest a query may run before the server cancels it; default 60 seconds. */
        public Builder queryTimeout(Duration queryTimeout) {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if (queryTimeout.isNegative() || queryTimeout.toMillis() < 1) {
                throw new IllegalArgumentException("query timeout must be at least 1 ms: " + queryTimeout);
            }
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** Which endpoints {@code SERVICE} may call; default {@link FederationPolicy#wikidataOnly()}. */
        public Builder federation(FederationPolicy federation) {
            this.federation = Objects.requireNonNull(federation, "federation");
            return this;
        }

        /** The most rows (or triples) one query may return; default {@value #DEFAULT_MAX_ROWS}. */
        public Builder maxRows(long maxRows) {
            if (maxRows < 1) {
                throw new IllegalArgumentException("the row cap must be at least 1: " + maxRows);
            }
            this.maxRows = maxRows;
            return this;
        }

        /** Adds SPARQL Update and a read-write Graph Store, for these users only; default: no writes. */
        public Builder allowUpdate(PasswordFile users) {
            this.writes = new WriteEndpoints(Objects.requireNonNull(users, "users"));
            return this;
        }

        public ParleyServer build() {
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    // The host is set on the connector below: Fuseki's loopback option binds "localhost" only.
                    .loopback(false)
                    // No modules found on the class path: nothing may add admin or write endpoints.
                    .fusekiModules(FusekiModules.empty())
                    .add(DATASET_NAME, readOnlyService())
                    .addServlet(VoidServlet.PATH, new VoidServlet(dataset, "/" + DATASET_NAME + "/" + QUERY_ENDPOINT));
            ReadCors.addTo(fuseki,
                    "/" + DATASET_NAME + "/" + QUERY_ENDPOINT, "/" + DATASET_NAME + "/" + GRAPH_STORE_ENDPOINT);
            // After the CORS filter, so that a page is allowed to read why its request was refused.
            ParameterDecoding.addTo(fuseki);
            if (writes != null) {
                writes.secure(fuseki, DATASET_NAME);
            }
            WebFront.addTo(fuseki, dataset);
            FusekiServer server = fuseki.build();
            Arrays.stream(server.getJettyServer().getConnectors())
                  .map(ServerConnector.class::cast)
                  .forEach(connector -> {
                      connector.setHost(host);
                      heapBuffersOnly(connector);
                  });
            return new ParleyServer(server, host);
        }

        /**
         * Fuseki gives every response a 5 MB output buffer, so that an error found while writing can still change the
         * status. Jetty takes buffers that large outside its pool, and by default from direct memory, which the JVM
         * frees only after a collection has found the buffer unused; when direct memory runs out, the JVM asks for a
         * collection with System.gc(), which the launcher's -XX:+DisableExplicitGC turns off. Under a few dozen
         * clients the server then answered 500 ("Cannot reserve ... bytes of direct buffer memory") and dropped
         * connections. Buffers on the heap are freed by the ordinary young collections.
         */
        private static void heapBuffersOnly(ServerConnector connector) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setUseOutputDirectByteBuffers(false);
            }
        }

        /** A query endpoint and a read-only graph store; the write endpoints only if allowed. */
        private DataService readOnlyService() {
            Endpoint query = Endpoint.create()
                    .operation(Operation.Query)
                    .endpointName(QUERY_ENDPOINT)
                    .processor(new BufferedQuery(maxRows, federation))
                    .context(queryContext())
                    .build();
            Endpoint graphStore = Endpoint.create()
                    .operation(Operation.GSP_R)
                    .endpointName(GRAPH_STORE_ENDPOINT)
                    .processor(new UnionDefaultGraphStoreRead())
                    .build();
            DataService.Builder service = DataService.newBuilder(servedDataset())
                    .addEndpoint(query)
                    .addEndpoint(graphStore);
            if (writes != null) {
                writes.addTo(service);
            }
            return service.build();
        }

        /**
         * TDB2 evaluates the union default graph inside its query engine (fast, and the store is
         * unchanged); any other dataset is queried through a view whose default graph is the union.
         */
        private DatasetGraph servedDataset() {
            DatasetGraph store = dataset.asDatasetGraph();
            return TDB2Factory.isTDB2(dataset) ? store : new UnionDefaultGraphView(store);
        }

        private Context queryContext() {
            Context context = new Context();
            context.set(TDB2.symUnionDefaultGraph, true);
            // Fuseki reads this as milliseconds; a request's own ?timeout= can only shorten it.
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            FederationGuard.install(context, federation, queryTimeout);
            return context;
        }
    }
}
