package org.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of a data file that ships on the classpath (the pattern and role-scheme files). */
final class ClasspathText {

    private ClasspathText() {
    }

    /** The file's text as UTF-8; a file missing from the classpath is a packaging error, named in the exception. */
    static String read(String resource, String what) {
        try (InputStream in = ClasspathText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
