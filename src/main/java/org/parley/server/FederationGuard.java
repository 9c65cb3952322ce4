package org.parley.server;

import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * Holds every {@code SERVICE} of a query to a {@link FederationPolicy}, before any request is made.
 *
 * <p>Out of the box ARQ calls whatever endpoint a query names, and its HTTP client follows redirects:
 * anyone who can send a query can make the server fetch from its own machine or network. Installed in
 * an endpoint's context, this guard is the first link of the chain that executes {@code SERVICE}; it
 * sees each call after the query's variables are substituted and refuses
 * <ul>
 *   <li>a {@code SERVICE ?variable}, whatever the variable would be bound to, and</li>
 *   <li>any endpoint not on the allow-list,</li>
 * </ul>
 * with {@link QueryDeniedException} (Fuseki answers 422) even for {@code SERVICE SILENT}: a query
 * that cannot run as written on this server says so rather than quietly losing part of its answer.
 * An allowed call goes to ARQ's HTTP executor with a client that never follows a redirect (a
 * redirect could lead anywhere) and the server's time limit; if the remote endpoint fails, the
 * client gets 502 Bad Gateway naming it rather than the remote status as its own.
 */
final class FederationGuard implements ChainingServiceExecutor {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final FederationPolicy policy;

    private FederationGuard(FederationPolicy policy) {
        this.policy = policy;
    }

    /**
     * Sets up {@code context} (an endpoint's) so that its queries' {@code SERVICE} calls obey {@code policy}
     * and each call lasts at most {@code timeout}.
     */
    static void install(Context context, FederationPolicy policy, Duration timeout) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        // Prepended: the guard runs before the HTTP executor.
        registry.addSingleLink(new FederationGuard(policy));
        ServiceExecutorRegistry.set(context, registry);
        // Anything that would bypass the registry still meets ARQ's own switch.
        context.set(ARQ.httpServiceAllowed, !policy.allowsNothing());
        context.set(ARQ.httpQueryClient, HttpClient.newBuilder()
                .followRedirects(Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .build());
        context.set(ARQ.httpQueryTimeout, Long.toString(timeout.toMillis()));
    }

    /**
     * Refuses, before a query runs, any {@code SERVICE} in it that would be refused when it runs.
     * The runtime check is the one that counts; this one gives a refusal inside a FILTER, where ARQ
     * turns any error into "false", the same clear answer as everywhere else.
     */
    static void checkBeforeRunning(FederationPolicy policy, Query query) {
        FederationGuard guard = new FederationGuard(policy);
        for (OpService service : ServiceCalls.in(Algebra.compile(query))) {
            guard.check(service.getService(), service.getService());
        }
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        check(opOriginal.getService(), opExecute.getService());
        try {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        } catch (QueryExceptionHTTP e) {
            String remote = e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() : e.getMessage();
            String redirect = e.getStatusCode() >= 300 && e.getStatusCode() < 400
                    ? " (redirects are not followed)" : "";
            throw new QueryExceptionHTTP(HttpSC.BAD_GATEWAY_502,
                    "SERVICE " + show(opExecute.getService()) + " failed: " + remote + redirect, e);
        }
    }

    /** {@code written}: the endpoint as the query names it; {@code target}: once variables are bound. */
    private void check(Node written, Node target) {
        if (!written.isURI()) {
            throw new QueryDeniedException("SERVICE " + show(written)
                    + " is not allowed on this server: name the endpoint with an IRI (" + allowedList() + ")");
        }
        if (!target.isURI() || !policy.allows(target.getURI())) {
            throw new QueryDeniedException("SERVICE " + show(target) + " is not allowed on this server ("
                    + allowedList() + ")");
        }
    }

    private String allowedList() {
        return policy.allowsNothing() ? "SERVICE is switched off" : "allowed: " + String.join(", ", policy.endpoints());
    }

    private static String show(Node node) {
        return NodeFmtLib.strTTL(node);
    }
}
