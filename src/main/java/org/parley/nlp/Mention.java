package org.parley.nlp;

/** One mention of a coreference chain: where it is, its words, and what kind of mention it is. */
public record Mention(Span span, String text, MentionKind kind) {
}
