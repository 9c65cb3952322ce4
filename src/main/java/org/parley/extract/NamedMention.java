package org.parley.extract;

import org.parley.nlp.Span;

/**
 * A name in the text and the entity it names ("Russian" → Russia, "the Kremlin" → Russia, "Putin" → Vladimir Putin).
 *
 * @param span      where the name stands
 * @param surface   the words as written
 * @param key       the entity
 * @param fromNer   whether CoreNLP's NER found it (else the gazetteer did)
 */
public record NamedMention(Span span, String surface, EntityKey key, boolean fromNer) {

    public NamedMention withKey(EntityKey newKey) {
        return new NamedMention(span, surface, newKey, fromNer);
    }
}
