package org.parley.store.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** N-Triples or N-Quads: one statement a line, in the records' order. */
final class LineSerializer implements DumpSerializer {

    private final Writer out;
    private final boolean quads;

    LineSerializer(Writer out, boolean quads) {
        this.out = out;
        this.quads = quads;
    }

    @Override
    public boolean writesQuads() {
        return quads;
    }

    @Override
    public void start() {
    }

    @Override
    public void record(String record) {
        try {
            out.write(Records.statement(record, quads));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
