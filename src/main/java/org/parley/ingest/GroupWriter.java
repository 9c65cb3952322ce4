package org.parley.ingest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.parley.rdf.Iris;
import org.parley.store.ArticleStore;

/**
 * Writes annotated articles into the store in groups: a write transaction costs tens of milliseconds however small it
 * is (the disk syncs), more than the triples of one article, so the graphs annotated since the last commit go in one
 * transaction once {@link #INTERVAL} has passed. Each article's graph is still replaced whole or not at all; a crash
 * loses at most the last few seconds of work, which the next build redoes.
 */
final class GroupWriter {

    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** Bounds the graphs held in memory when articles come faster than the interval. */
    static final int MAX_GROUP = 100;

    private final ArticleStore store;
    private final Set<String> builtBefore;
    private final StageClock clock;
    private final Progress progress;
    private final Map<String, Graph> pending = new LinkedHashMap<>();
    private long lastCommit = System.nanoTime();
    private int added;
    private int replaced;

    /**
     * @param builtBefore ids of the articles the store held before this build, to tell added from replaced
     * @param progress    hears of each commit
     */
    GroupWriter(ArticleStore store, Set<String> builtBefore, StageClock clock, Progress progress) {
        this.store = store;
        this.builtBefore = builtBefore;
        this.clock = clock;
        this.progress = progress;
    }

    /** Queues one article's graph, and writes the group when it is due. */
    void add(String articleId, Graph graph) {
        pending.put(articleId, graph);
        if (pending.size() >= MAX_GROUP || System.nanoTime() - lastCommit >= INTERVAL.toNanos()) {
            flush();
        }
    }

    /** Writes what is queued, in one transaction. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Map<String, Graph> byIri = new LinkedHashMap<>();
        pending.forEach((id, graph) -> byIri.put(Iris.article(id), graph));
        store.replaceArticles(byIri);
        lastCommit = clock.lap(Stage.WRITE, start);
        for (String id : pending.keySet()) {
            if (builtBefore.contains(id)) {
                replaced++;
            } else {
                added++;
            }
        }
        pending.clear();
        progress.written(added + replaced);
    }

    int added() {
        return added;
    }

    int replaced() {
        return replaced;
    }
}
