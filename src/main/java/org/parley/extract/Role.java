package org.parley.extract;

/**
 * A title the article gives a person and whom that title says the person acts for.
 *
 * @param title         as stated: "Deputy Foreign Minister", "special envoy"; null when only the affiliation is known
 * @param represents    the country or organisation, or null
 * @param onBehalfOf    a person whose side this one is on ("an envoy for President Donald Trump"), or null
 */
record Role(String title, EntityKey represents, EntityKey onBehalfOf) {
}
