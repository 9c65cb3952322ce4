package org.parley.server;

import java.io.IOException;
import java.nio.file.Path;

import org.parley.ingest.SeedStore;
import org.parley.store.ArticleStore;

/**
 * What the browser tests share: the seed store, served on a free port, and one headless Chromium tab to look at it.
 * Closing closes the tab, the browser, the server and the store.
 */
record SeedInBrowser(ArticleStore store, ParleyServer server, HeadlessChromium chromium, DevToolsPage page)
        implements AutoCloseable {

    /** Starts it all; Chromium keeps its profile in {@code profile} and its log in {@code target/LOG}. */
    static SeedInBrowser open(Path profile, String log, int width, int height) throws IOException, InterruptedException {
        ArticleStore store = ArticleStore.open(SeedStore.directory());
        ParleyServer server = ParleyServer.builder(store.dataset()).port(0).build().start();
        HeadlessChromium chromium = HeadlessChromium.start(profile, Path.of("target", log));
        return new SeedInBrowser(store, server, chromium, chromium.openPage(width, height));
    }

    @Override
    public void close() {
        try (ArticleStore s = store; ParleyServer srv = server; HeadlessChromium browser = chromium) {
            page.close();
        }
    }
}
