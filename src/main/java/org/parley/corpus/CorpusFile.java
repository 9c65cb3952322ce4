package org.parley.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file found in the corpus.
 *
 * @param path    where it is on disk
 * @param name    its path relative to the corpus directory, with {@code /} as separator: how errors name it
 * @param content the bytes when another system already read them (the Spark job reads through Hadoop), else null
 */
record CorpusFile(Path path, String name, byte[] content) {

    /** A file on disk, read when its article is. */
    CorpusFile(Path path, String name) {
        this(path, name, null);
    }

    /** The file name without its last extension: the article id. */
    String stem() {
        String fileName = path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /** The relative name without its last extension, to find files that stand beside this one. */
    String nameWithoutExtension() {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot <= slash ? name : name.substring(0, dot);
    }

    byte[] readAllBytes() throws InvalidArticleException {
        if (content != null) {
            return content;
        }
        try {
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw invalid("cannot read the file: permission denied");
        } catch (NoSuchFileException e) {
            throw invalid("cannot read the file: it disappeared during the scan");
        } catch (IOException e) {
            throw invalid("cannot read the file: " + e);
        }
    }

    InvalidArticleException invalid(String reason) {
        return new InvalidArticleException(name, reason);
    }
}
