package org.parley.store.dump;

import java.io.Writer;

/** The dump syntaxes, each writing to a {@link Writer} that it flushes but does not close. */
public final class Serializers {

    private Serializers() {
    }

    public static DumpSerializer turtle(Writer out) {
        return new TurtleSerializer(out, false);
    }

    public static DumpSerializer trig(Writer out) {
        return new TurtleSerializer(out, true);
    }

    public static DumpSerializer ntriples(Writer out) {
        return new LineSerializer(out, false);
    }

    public static DumpSerializer nquads(Writer out) {
        return new LineSerializer(out, true);
    }

    public static DumpSerializer jsonld(Writer out) {
        return new JsonLdSerializer(out);
    }
}
