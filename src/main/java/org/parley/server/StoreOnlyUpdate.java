package org.parley.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * SPARQL Update that reads and writes this store only: {@code LOAD} and {@code SERVICE} are refused
 * (422) before the update starts.
 *
 * <p>Fuseki runs an update without the endpoint's context, so the {@link FederationGuard} of
 * queries would not see a {@code SERVICE} in an update's {@code WHERE}, and {@code LOAD} fetches any
 * URL, following redirects. Either would let whoever holds a password make the server send
 * requests into its own network. Nothing Parley does needs them; data comes in as the update's text
 * or through the Graph Store Protocol.
 */
final class StoreOnlyUpdate extends SPARQL_Update {

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] update = readAll(input);
        refuseRemoteAccess(update);
        super.execute(action, new ByteArrayInputStream(update));
    }

    private static void refuseRemoteAccess(byte[] text) {
        UpdateRequest request;
        try {
            // Parsed as Fuseki parses it, so that both see the same operations.
            request = UpdateFactory.read(new ByteArrayInputStream(text), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryException | UpdateException e) {
            ServletOps.errorBadRequest("Parse error: " + e.getMessage());
            return;
        }
        for (Update operation : request.getOperations()) {
            if (operation instanceof UpdateLoad) {
                ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, "LOAD is not allowed on this server: "
                        + "send the data itself (INSERT DATA, or the Graph Store Protocol)");
            }
            if (operation instanceof UpdateModify modify && callsService(modify)) {
                ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, "SERVICE is not allowed in an update on this server");
            }
        }
    }

    private static boolean callsService(UpdateModify modify) {
        return !ServiceCalls.in(Algebra.compile(modify.getWherePattern())).isEmpty();
    }

    private static byte[] readAll(InputStream input) {
        try {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the update: " + e.getMessage(), e);
        }
    }
}
