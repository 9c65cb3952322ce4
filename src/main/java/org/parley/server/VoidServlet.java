package org.parley.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.parley.store.dump.DumpSerializer;
import org.parley.store.dump.Serializers;
import org.parley.store.dump.SortedDump;
import org.parley.store.dump.VoidDescription;
import org.parley.store.dump.VoidStatistics;

/**
 * Serves the store's VoID description at {@value #PATH}, where the VoID specification says to look for it: Turtle
 * by default, N-Triples or JSON-LD when the request's {@code Accept} prefers them. It is the description that every
 * dump holds, plus {@code void:sparqlEndpoint}: the endpoint's URL as the client reached this server.
 *
 * <p>Counting a large store takes seconds, so the counts are kept until the store is written to.
 */
final class VoidServlet extends HttpServlet {

    static final String PATH = "/.well-known/void";

    private static final MediaType TURTLE = MediaType.create(WebContent.contentTypeTurtle);
    private static final AcceptList OFFERS = AcceptList.create(WebContent.contentTypeTurtle,
            WebContent.contentTypeNTriples, WebContent.contentTypeJSONLD);

    private final transient Dataset dataset;
    private final String endpointPath;
    private transient Counted counted;

    /** Counts and the number of write transactions the store had begun when they were made. */
    private record Counted(long writes, VoidStatistics statistics) {
    }

    VoidServlet(Dataset dataset, String endpointPath) {
        this.dataset = dataset;
        this.endpointPath = endpointPath;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = ConNeg.chooseContentType(request, OFFERS, TURTLE);
        String endpoint = request.getScheme() + "://" + hostOf(request) + endpointPath;
        response.setContentType(type.getContentTypeStr());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        SortedDump.writeGraph(VoidDescription.of(statistics(), Optional.of(endpoint)), serializer(type, out));
        out.flush();
    }

    private synchronized VoidStatistics statistics() {
        DatasetGraph store = dataset.asDatasetGraph();
        if (!TDBInternal.isTDB2(store)) {
            return Txn.calculateRead(dataset, () -> VoidStatistics.of(store));
        }
        var coordinator = TDBInternal.getTransactionCoordinator(store);
        // Only counts made while no write was under way are kept: a later write then changes the number.
        long writes = coordinator.countActiveWriter() == 0 ? coordinator.countBeginWrite() : -1;
        if (counted == null || counted.writes() != writes || writes < 0) {
            counted = new Counted(writes, Txn.calculateRead(dataset, () -> VoidStatistics.of(store)));
        }
        return counted.statistics();
    }

    /** The host and port the client asked for, so the endpoint's URL works from where the client is. */
    private static String hostOf(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host != null && !host.isBlank()) {
            return host.strip();
        }
        return request.getServerName() + ":" + request.getServerPort();
    }

    private static DumpSerializer serializer(MediaType type, Writer out) {
        return switch (type.getContentTypeStr()) {
            case WebContent.contentTypeNTriples -> Serializers.ntriples(out);
            case WebContent.contentTypeJSONLD -> Serializers.jsonld(out);
            default -> Serializers.turtle(out);
        };
    }
}
