package org.parley.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which remote SPARQL endpoints a query's {@code SERVICE} may call: an allow-list of endpoint IRIs.
 *
 * <p>A target is allowed only if it is, once normalised, exactly one of the listed endpoints. The
 * normal form keeps the scheme, host, port, path and query: scheme and host are compared without
 * regard to case and a default port may be written or left out, and nothing else is forgiven. So
 * {@code https://query.wikidata.org.evil.com/sparql}, {@code http://query.wikidata.org/sparql},
 * {@code https://query.wikidata.org/sparql/x} or {@code https://user@query.wikidata.org/sparql} are
 * not the Wikidata endpoint. An IRI with user information is never an endpoint: it is the usual
 * disguise for another host ({@code https://query.wikidata.org@127.0.0.1/}). Addresses on this
 * machine or in private ranges need no rule of their own: they are refused because nobody listed them.
 */
public final class FederationPolicy {

    /** The Wikidata Query Service, which the shipped federated queries call. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";

    private final List<String> endpoints;
    private final Set<String> allowedKeys;

    private FederationPolicy(List<String> endpoints) {
        this.endpoints = List.copyOf(endpoints);
        Set<String> keys = new LinkedHashSet<>();
        for (String endpoint : endpoints) {
            keys.add(normalised(endpoint).orElseThrow(() -> new IllegalArgumentException(
                    "not an http(s) SPARQL endpoint IRI (absolute, with a host, no user name): " + endpoint)));
        }
        this.allowedKeys = Set.copyOf(keys);
    }

    /** The default: Wikidata only. */
    public static FederationPolicy wikidataOnly() {
        return new FederationPolicy(List.of(WIKIDATA));
    }

    /** {@code SERVICE} refused whatever its target. */
    public static FederationPolicy none() {
        return new FederationPolicy(List.of());
    }

    /**
     * Exactly these endpoints; fails with {@link IllegalArgumentException} on an IRI that cannot be one
     * (not absolute http or https, no host, or with user information).
     */
    public static FederationPolicy allowing(Collection<String> endpoints) {
        return new FederationPolicy(List.copyOf(endpoints));
    }

    /** Whether a {@code SERVICE} to this IRI may be made. */
    public boolean allows(String serviceIri) {
        return normalised(serviceIri).map(allowedKeys::contains).orElse(false);
    }

    public boolean allowsNothing() {
        return allowedKeys.isEmpty();
    }

    /** The endpoints as they were given. */
    public List<String> endpoints() {
        return endpoints;
    }

    @Override
    public String toString() {
        return allowsNothing() ? "no SERVICE" : "SERVICE to " + String.join(", ", endpoints);
    }

    /** {@code scheme://host:port/path?query}, lower-case scheme and host, explicit port; empty if not an endpoint. */
    private static Optional<String> normalised(String iri) {
        URI uri;
        try {
            uri = new URI(iri);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
        // java.net.URI leaves the host null when the authority is not a valid server address.
        if (defaultPort < 0 || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        int port = uri.getPort() < 0 ? defaultPort : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port + path + query);
    }
}
