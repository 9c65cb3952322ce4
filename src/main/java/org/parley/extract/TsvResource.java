package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated data file from the classpath: a header line, then rows; '#' lines are comments. */
final class TsvResource {

    private TsvResource() {
    }

    /** The rows after the header, each with exactly {@code columns} cells (missing trailing cells are empty). */
    static List<String[]> rows(String resource, int columns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length > columns) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected " + columns
                            + " columns, found " + cells.length);
                }
                String[] padded = new String[columns];
                for (int i = 0; i < columns; i++) {
                    padded[i] = i < cells.length ? cells[i].strip() : "";
                }
                rows.add(padded);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
