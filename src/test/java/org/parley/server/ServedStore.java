package org.parley.server;

import java.util.function.UnaryOperator;

import org.apache.jena.query.Dataset;

/** A test store served on a free port; closing it stops the server, then closes the store. */
final class ServedStore implements AutoCloseable {

    private final Dataset dataset;
    private final ParleyServer server;

    private ServedStore(Dataset dataset, ParleyServer server) {
        this.dataset = dataset;
        this.server = server;
    }

    /** Serves {@code dataset} with the builder's defaults changed by {@code settings}. */
    static ServedStore serve(Dataset dataset, UnaryOperator<ParleyServer.Builder> settings) {
        return new ServedStore(dataset, settings.apply(ParleyServer.builder(dataset).port(0)).build().start());
    }

    Dataset dataset() {
        return dataset;
    }

    ParleyServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
        dataset.close();
    }
}
