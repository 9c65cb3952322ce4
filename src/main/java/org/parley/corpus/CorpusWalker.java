package org.parley.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** Lists the regular files under a corpus directory, skipping hidden ones; an unreadable folder is an error. */
final class CorpusWalker {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusWalker.class);

    /** The files, sorted by name, and the files and folders that could not be read. */
    record Listing(List<CorpusFile> files, List<ArticleError> errors) {
    }

    private CorpusWalker() {
    }

    static Listing list(Path root) {
        Collector collector = new Collector(root);
        try {
            // Following links lets a corpus be assembled from symbolic links; a loop is skipped with a warning.
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, collector);
        } catch (IOException e) {
            throw new CorpusException("cannot read corpus directory " + root.toAbsolutePath() + ": " + describe(e), e);
        }
        collector.files.sort(Comparator.comparing(CorpusFile::name));
        return new Listing(collector.files, collector.errors);
    }

    private static final class Collector extends SimpleFileVisitor<Path> {

        private final Path root;
        private final List<CorpusFile> files = new ArrayList<>();
        private final List<ArticleError> errors = new ArrayList<>();

        Collector(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(file)) {
                files.add(new CorpusFile(file, relativeName(file)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
                throw e;
            }
            if (e instanceof FileSystemLoopException) {
                // What the link points to is scanned already, so nothing is lost.
                LOG.warn("Not following {}: symbolic link loop", file);
            } else if (!isHidden(file)) {
                errors.add(new ArticleError(relativeName(file), "cannot read it: " + describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                errors.add(new ArticleError(relativeName(dir), "cannot list it: " + describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        private String relativeName(Path file) {
            return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.toString();
    }
}
