package org.parley.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The choices that shape the CoreNLP pipeline, typed, so that CoreNLP's untyped properties stay inside this package.
 * The named configurations are the candidates {@code parley bench --pipelines} measures (speed and extraction score,
 * see BENCHMARKS.md); {@link #standard()} is the one {@code build} uses unless told otherwise.
 *
 * @param name        what the command line calls it ({@code build --pipeline NAME})
 * @param coreference which coreference system runs, if any
 * @param quotes      find quotations, and with coreference attribute them to speakers (CoreNLP's attribution needs
 *                    coreference chains)
 */
public record PipelineConfig(String name, Coreference coreference, boolean quotes) {

    /** CoreNLP's coreference systems that run on dependency parses (the constituency parser costs 20× more). */
    public enum Coreference {
        NONE, STATISTICAL, FASTNEURAL, NEURAL;

        String algorithm() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Statistical coreference and quotations attributed with its help: the extraction as designed. */
    public static final PipelineConfig STATISTICAL = new PipelineConfig("statistical", Coreference.STATISTICAL, true);
    /** CoreNLP's fast neural coreference (a small model over dependency mentions). */
    public static final PipelineConfig FASTNEURAL = new PipelineConfig("fastneural", Coreference.FASTNEURAL, true);
    /** CoreNLP's neural coreference, forced onto dependency mentions. */
    public static final PipelineConfig NEURAL = new PipelineConfig("neural", Coreference.NEURAL, true);
    /** No coreference; quotations without CoreNLP's attribution (speakers from the extraction's grammar rules). */
    public static final PipelineConfig NO_COREF = new PipelineConfig("no-coref", Coreference.NONE, true);
    /** Only tokenize to depparse: no coreference, no quotations (so no statements). */
    public static final PipelineConfig BARE = new PipelineConfig("bare", Coreference.NONE, false);

    private static final List<PipelineConfig> NAMED = List.of(FASTNEURAL, STATISTICAL, NEURAL, NO_COREF, BARE);

    public PipelineConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a pipeline needs a name");
        }
    }

    /**
     * The pipeline {@code build} uses by default: the fastest whose extraction score is not lower (BENCHMARKS.md).
     * Fast neural coreference scores as statistical coreference does on the evaluation kit, agrees with it on 98 of
     * the seed corpus's 102 acts (each is right on two of the other four), and costs about a quarter less CPU.
     */
    public static PipelineConfig standard() {
        return FASTNEURAL;
    }

    /** Every named pipeline. */
    public static List<PipelineConfig> candidates() {
        return NAMED;
    }

    /** @throws IllegalArgumentException naming the known pipelines when {@code name} is none of them */
    public static PipelineConfig named(String name) {
        return NAMED.stream()
                .filter(config -> config.name.equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pipeline '" + name + "'; known: "
                        + NAMED.stream().map(PipelineConfig::name).collect(Collectors.joining(", "))));
    }

    public List<String> annotators() {
        List<String> names = new ArrayList<>(Arrays.asList("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"));
        if (coreference != Coreference.NONE) {
            names.add("coref");
        }
        if (quotes) {
            names.add("quote");
        }
        return names;
    }

    /**
     * What the graphs built with this pipeline depend on, for the build fingerprint: a store built with another
     * pipeline is rebuilt. Stores built before pipelines had names were built with the statistical one, whose
     * signature is therefore empty: they stay valid.
     */
    public String signature() {
        return equals(STATISTICAL) ? "" : ";pipeline=" + name + ":" + String.join(",", annotators());
    }

    /** For example {@code statistical (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote)}. */
    public String describe() {
        return name + " (" + String.join(",", annotators()) + ")";
    }

    /** The annotators that may run on several articles at once: all but {@code quote}. */
    List<String> annotatorsBeforeQuotes() {
        return annotators().stream().filter(name -> !name.equals("quote")).toList();
    }

    /** CoreNLP's properties for running {@code annotators}, a part of this pipeline. */
    Properties toProperties(List<String> annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", annotators));
        // Our .txt files hold one paragraph per line; without this a headline merges with the first sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "true");
        // Entity mentions: quote attribution finds speakers among them.
        props.setProperty("ner.buildEntityMentions", "true");
        if (coreference != Coreference.NONE) {
            props.setProperty("coref.algorithm", coreference.algorithm());
            // Mentions from the dependency parse: the shipped neural setting wants the constituency parser.
            props.setProperty("coref.md.type", "dependency");
            props.setProperty("coref.useConstituencyParse", "false");
        }
        // CoreNLP 4.5.10's quote attribution needs coreference chains whatever quote.attribution.useCoref says (its
        // requirements list them, and it reads them unconditionally): without coreference, quotations come without
        // CoreNLP's speaker, and the speaker is the one the extraction's grammar rules find.
        props.setProperty("quote.attributeQuotes", Boolean.toString(quotes && coreference != Coreference.NONE));
        return props;
    }
}
