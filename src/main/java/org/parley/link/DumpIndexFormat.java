package org.parley.link;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The files of a Wikidata dump index, one directory:
 * <ul>
 *   <li>{@code entries.bin}: the entries one after another, each an int byte length and then the entry as
 *       {@link DumpIndexEntryCodec} writes it;</li>
 *   <li>{@code names.bin}: one record per (name, entry) pair, sorted by name as unsigned bytes, then by entry
 *       offset: an unsigned 16-bit length, the name normalised by {@link LinkNames#normalise} in UTF-8, and the
 *       long offset of the entry in {@code entries.bin};</li>
 *   <li>{@code names.offsets}: the long offset of each record of {@code names.bin}, in the same order, so that a
 *       lookup can binary-search the names without reading them all;</li>
 *   <li>{@code index.properties}: format, version, counts and sizes, the dump it was built from. Written last: a
 *       directory without it holds no usable index (a build that was interrupted).</li>
 * </ul>
 * All numbers are big-endian. The index depends on the normalisation: when {@link LinkNames#normalise} changes,
 * the index must be rebuilt.
 */
final class DumpIndexFormat {

    static final String ENTRIES = "entries.bin";
    static final String NAMES = "names.bin";
    static final String NAME_OFFSETS = "names.offsets";
    static final String MANIFEST = "index.properties";

    static final String FORMAT = "parley-wikidata-index";
    static final int VERSION = 1;

    private DumpIndexFormat() {
    }

    /** What {@code index.properties} records. */
    record Manifest(long entries, long names, long entriesBytes, long namesBytes, String source) {

        void write(Path directory) throws IOException {
            Properties properties = new Properties();
            properties.setProperty("format", FORMAT);
            properties.setProperty("version", Integer.toString(VERSION));
            properties.setProperty("entries", Long.toString(entries));
            properties.setProperty("names", Long.toString(names));
            properties.setProperty("entries.bytes", Long.toString(entriesBytes));
            properties.setProperty("names.bytes", Long.toString(namesBytes));
            properties.setProperty("source", source);
            Path partial = directory.resolve(MANIFEST + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(out, "Parley Wikidata index (parley wikidata-index)");
            }
            Files.move(partial, directory.resolve(MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        static Manifest read(Path directory) throws IOException {
            Path file = directory.resolve(MANIFEST);
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (NoSuchFileException e) {
                throw new IOException("no Wikidata index in " + directory + " (no " + MANIFEST
                        + "; build one with `parley wikidata-index --dump FILE`)", e);
            }
            if (!FORMAT.equals(properties.getProperty("format"))) {
                throw new IOException(file + " does not describe a Parley Wikidata index");
            }
            if (!Integer.toString(VERSION).equals(properties.getProperty("version"))) {
                throw new IOException("the Wikidata index in " + directory + " has format version "
                        + properties.getProperty("version") + ", this Parley reads " + VERSION + ": rebuild it");
            }
            try {
                return new Manifest(Long.parseLong(properties.getProperty("entries")),
                        Long.parseLong(properties.getProperty("names")),
                        Long.parseLong(properties.getProperty("entries.bytes")),
                        Long.parseLong(properties.getProperty("names.bytes")),
                        properties.getProperty("source", ""));
            } catch (NumberFormatException e) {
                throw new IOException(file + " is damaged: " + e.getMessage(), e);
            }
        }
    }
}
