package org.parley.nlp;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A pipeline that is loaded the first time it is needed and then kept: a no-op build never pays the model load, and a
 * long-running process ({@code serve --watch}) pays it once. Its configuration is known before loading, so a build can
 * tell which articles a change of pipeline makes stale without loading anything.
 */
public final class LazyPipeline implements Supplier<NlpPipeline> {

    private final PipelineConfig config;
    private final Supplier<NlpPipeline> loader;
    private NlpPipeline loaded;

    private LazyPipeline(PipelineConfig config, Supplier<NlpPipeline> loader) {
        this.config = Objects.requireNonNull(config, "config");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** Loads {@code config}'s models when first asked. */
    public static LazyPipeline loading(PipelineConfig config) {
        return new LazyPipeline(config, () -> NlpPipeline.load(config));
    }

    /** A pipeline that someone else loads (tests share one per JVM); it must have {@code config}. */
    public static LazyPipeline of(PipelineConfig config, Supplier<NlpPipeline> loader) {
        return new LazyPipeline(config, loader);
    }

    public PipelineConfig config() {
        return config;
    }

    public synchronized boolean isLoaded() {
        return loaded != null;
    }

    @Override
    public synchronized NlpPipeline get() {
        if (loaded == null) {
            NlpPipeline pipeline = loader.get();
            if (!pipeline.config().equals(config)) {
                throw new IllegalStateException("asked for the pipeline " + config.name() + ", got "
                        + pipeline.config().name());
            }
            loaded = pipeline;
        }
        return loaded;
    }
}
