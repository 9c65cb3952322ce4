package org.parley.ingest;

/** Hears how a build advances, so the command line can draw a progress bar and tests can stay quiet. */
public interface Progress {

    Progress NONE = new Progress() {
    };

    /** CoreNLP's models are being loaded: the long pause before the first article. */
    default void loadingModels() {
    }

    default void started(int articlesToAnnotate) {
    }

    default void articleDone(String articleId, int tokens) {
    }

    /** A group of articles was committed: {@code articles} of this build are in the store now, whatever happens. */
    default void written(int articles) {
    }

    default void finished() {
    }
}
