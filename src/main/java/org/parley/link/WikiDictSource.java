package org.parley.link;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.jar.JarEntry;

/**
 * Where a WikiDict index is built from.
 *
 * @param id     changes whenever the data changes; an index built from another id is rebuilt
 * @param opener opens the data, gzipped or plain
 */
public record WikiDictSource(String id, Opener opener) {

    /** CoreNLP's WikiDict, from the {@code models-english-kbp} artifact (bundled in parley.jar). */
    public static final String CORENLP_RESOURCE = "/edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    /** Opens a new stream on the data; the caller closes it. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * CoreNLP's WikiDict from the classpath, identified by the size and CRC of its jar entry: cheap to read, and it
     * changes with a new CoreNLP release but not when parley.jar is merely rebuilt.
     */
    public static WikiDictSource coreNlp() throws IOException {
        URL url = WikiDictSource.class.getResource(CORENLP_RESOURCE);
        if (url == null) {
            throw new FileNotFoundException("CoreNLP's WikiDict (" + CORENLP_RESOURCE + ") is not on the classpath: "
                    + "it comes with edu.stanford.nlp:stanford-corenlp:jar:models-english-kbp");
        }
        URLConnection connection = url.openConnection();
        String fingerprint;
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            fingerprint = "size=" + entry.getSize() + " crc=" + Long.toHexString(entry.getCrc());
        } else {
            fingerprint = "size=" + connection.getContentLengthLong() + " modified=" + connection.getLastModified();
        }
        return new WikiDictSource("corenlp-wikidict " + fingerprint, () -> {
            InputStream in = WikiDictSource.class.getResourceAsStream(CORENLP_RESOURCE);
            if (in == null) {
                throw new FileNotFoundException(CORENLP_RESOURCE);
            }
            return in;
        });
    }
}
