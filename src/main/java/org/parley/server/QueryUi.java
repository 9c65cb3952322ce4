package org.parley.server;

import java.net.URL;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;

/**
 * The Fuseki query page (the jena-fuseki-ui web app) served read-only.
 *
 * <p>Fuseki's own {@code FMod_UI} module needs the admin module's server control area, which also
 * brings dataset creation, deletion, backup, compaction and tasks. Instead this adds the app's files
 * and only the read-only {@code /$/} endpoints the app reads to show a dataset:
 * <ul>
 *   <li>{@code /$/server}: server description and the list of datasets with their services,</li>
 *   <li>{@code /$/ping}: the "server status" light,</li>
 *   <li>{@code /$/stats/*}: request counters on the dataset's info page.</li>
 * </ul>
 * The app's admin pages (new dataset, upload, edit, backup, delete, tasks) stay visible, but every
 * request they make finds no endpoint and is refused.
 */
final class QueryUi {

    /** Where jena-fuseki-ui keeps the app on the class path. */
    private static final String APP_INDEX = "webapp/index.html";

    private final String appLocation;

    private QueryUi(String appLocation) {
        this.appLocation = appLocation;
    }

    /** The app, if the jena-fuseki-ui jar is on the class path. */
    static Optional<QueryUi> fromClasspath() {
        URL index = QueryUi.class.getClassLoader().getResource(APP_INDEX);
        if (index == null) {
            return Optional.empty();
        }
        String url = index.toExternalForm();
        return Optional.of(new QueryUi(url.substring(0, url.length() - "index.html".length())));
    }

    /** Where the app's files are: a {@code jar:} or {@code file:} URL of a folder. */
    String appLocation() {
        return appLocation;
    }

    void addTo(FusekiServer.Builder fuseki) {
        fuseki.staticFileBase(appLocation)
              .addServlet("/$/server", new ActionServerStatus())
              .enablePing(true)
              .enableStats(true);
    }
}
