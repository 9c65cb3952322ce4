package org.parley.server;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;

/**
 * The endpoints that write, present only when the operator asks for them, each behind HTTP basic
 * authentication for the users of a {@link PasswordFile}:
 * <ul>
 *   <li>{@code /parley/update}: SPARQL Update, on this store only ({@link StoreOnlyUpdate});</li>
 *   <li>{@code /parley/data}: the Graph Store Protocol, read and write.</li>
 * </ul>
 * Fuseki runs each request in a TDB2 write transaction: it is committed whole or not at all. No
 * admin action comes with them. A write from a web page of another origin is refused
 * ({@link SameOriginWrites}).
 */
final class WriteEndpoints {

    static final String UPDATE_ENDPOINT = "update";
    static final String DATA_ENDPOINT = "data";
    /** The realm a browser shows when it asks for a login. */
    private static final String REALM = "Parley";
    /** Any user of the password file; anybody else is refused. */
    private static final AuthPolicy USERS = Auth.ANY_USER;

    private final PasswordFile users;

    WriteEndpoints(PasswordFile users) {
        this.users = users;
    }

    void addTo(DataService.Builder service) {
        service.addEndpoint(Endpoint.create()
                .operation(Operation.Update)
                .endpointName(UPDATE_ENDPOINT)
                .processor(new StoreOnlyUpdate())
                .authPolicy(USERS)
                .build());
        service.addEndpoint(Endpoint.create()
                .operation(Operation.GSP_RW)
                .endpointName(DATA_ENDPOINT)
                .authPolicy(USERS)
                .build());
    }

    /**
     * Makes the server ask for a login on the write endpoints (Fuseki adds the path constraints for
     * endpoints with an auth policy) and checks where browser writes come from.
     */
    void secure(FusekiServer.Builder fuseki, String datasetName) {
        fuseki.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users.userStore(), AuthScheme.BASIC))
              .auth(AuthScheme.BASIC);
        SameOriginWrites sameOrigin = new SameOriginWrites();
        for (String endpoint : new String[] {UPDATE_ENDPOINT, DATA_ENDPOINT}) {
            fuseki.addFilter("/" + datasetName + "/" + endpoint, sameOrigin);
        }
    }
}
