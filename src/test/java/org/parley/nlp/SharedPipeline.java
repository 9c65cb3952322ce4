package org.parley.nlp;

/**
 * The one CoreNLP pipeline of the whole test run: loading it takes tens of seconds and over a gigabyte, so every test
 * that needs real annotations shares it (surefire runs all test classes in one JVM).
 */
public final class SharedPipeline {

    private static NlpPipeline pipeline;
    private static int loads;

    private SharedPipeline() {
    }

    public static synchronized NlpPipeline get() {
        if (pipeline == null) {
            pipeline = NlpPipeline.load(PipelineConfig.standard());
            loads++;
        }
        return pipeline;
    }

    /** How often the models were loaded in this JVM: a test can check it stays at one. */
    public static synchronized int loads() {
        return loads;
    }
}
