package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiDictIndexCacheTest {

    @TempDir
    Path cache;

    private final AtomicInteger builds = new AtomicInteger();

    private WikiDictSource sample(String id) {
        return new WikiDictSource(id, () -> {
            builds.incrementAndGet();
            return new ByteArrayInputStream(WikiDictIndexTest.gzip(WikiDictIndexTest.sampleBytes()));
        });
    }

    private WikiDictSource brokenAfter(int bytes, String id) {
        return new WikiDictSource(id, () -> {
            builds.incrementAndGet();
            return WikiDictIndexTest.failingAfter(WikiDictIndexTest.sampleBytes(), bytes);
        });
    }

    @Test
    void buildsOnceThenOpensTheCachedIndex() throws IOException {
        WikiDictIndex first = WikiDictIndex.openOrBuild(cache, sample("v1"));
        Path file = cache.resolve(WikiDictIndex.FILE_NAME);
        FileTime built = Files.getLastModifiedTime(file);

        WikiDictIndex again = WikiDictIndex.openOrBuild(cache, sample("v1"));

        assertThat(builds).hasValue(1);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(built);
        assertThat(again.sourceId()).isEqualTo("v1");
        assertThat(again.titles("Putin")).isEqualTo(first.titles("Putin")).isNotEmpty();
        assertThat(filesIn(cache)).containsExactly(WikiDictIndex.FILE_NAME);
    }

    @Test
    void rebuildsWhenTheSourceChanged() throws IOException {
        WikiDictIndex.openOrBuild(cache, sample("v1"));
        WikiDictIndex rebuilt = WikiDictIndex.openOrBuild(cache, sample("v2"));

        assertThat(builds).hasValue(2);
        assertThat(rebuilt.sourceId()).isEqualTo("v2");
        assertThat(rebuilt.titles("Jeddah")).isNotEmpty();
    }

    @Test
    void anInterruptedBuildLeavesNoIndexAndNoTemporaryFiles() throws IOException {
        assertThatThrownBy(() -> WikiDictIndex.openOrBuild(cache, brokenAfter(3_000, "v1")))
                .isInstanceOf(IOException.class).hasMessageContaining("stream broken");
        assertThat(filesIn(cache)).isEmpty();

        // Also when the sort had already spilled runs to disk.
        Path file = cache.resolve(WikiDictIndex.FILE_NAME);
        assertThatThrownBy(() -> new WikiDictBuilder(500)
                .build(WikiDictIndexTest.failingAfter(WikiDictIndexTest.sampleBytes(), 6_000), "v1", file))
                .isInstanceOf(IOException.class);
        assertThat(filesIn(cache)).isEmpty();

        WikiDictIndex index = WikiDictIndex.openOrBuild(cache, sample("v1"));
        assertThat(index.titles("Putin")).isNotEmpty();
    }

    @Test
    void anInterruptedRebuildKeepsTheOldIndex() throws IOException {
        WikiDictIndex.openOrBuild(cache, sample("v1"));

        assertThatThrownBy(() -> WikiDictIndex.openOrBuild(cache, brokenAfter(3_000, "v2")))
                .isInstanceOf(IOException.class);

        WikiDictIndex old = WikiDictIndex.open(cache.resolve(WikiDictIndex.FILE_NAME));
        assertThat(old.sourceId()).isEqualTo("v1");
        assertThat(old.titles("Putin")).isNotEmpty();
        assertThat(filesIn(cache)).containsExactly(WikiDictIndex.FILE_NAME);
    }

    @Test
    void aTruncatedOrForeignFileDoesNotOpenAndIsRebuilt() throws IOException {
        Path file = cache.resolve(WikiDictIndex.FILE_NAME);
        WikiDictIndex.build(new ByteArrayInputStream(WikiDictIndexTest.sampleBytes()), "v1", file);
        byte[] complete = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(complete, complete.length - 100));
        assertThatThrownBy(() -> WikiDictIndex.open(file)).isInstanceOf(WikiDictFormatException.class);
        Files.write(file, Arrays.copyOf(complete, 10));
        assertThatThrownBy(() -> WikiDictIndex.open(file)).isInstanceOf(WikiDictFormatException.class);
        Files.write(file, new byte[complete.length]);
        assertThatThrownBy(() -> WikiDictIndex.open(file)).isInstanceOf(WikiDictFormatException.class);

        WikiDictIndex rebuilt = WikiDictIndex.openOrBuild(cache, sample("v1"));
        assertThat(builds).hasValue(1);
        assertThat(rebuilt.titles("Putin")).isNotEmpty();
    }

    @Test
    void defaultCacheDirectoryFollowsTheEnvironment() {
        assertThat(WikiDictIndex.defaultCacheDir(Map.of("PARLEY_CACHE", "/data/parley", "XDG_CACHE_HOME", "/x"),
                "/home/ann")).isEqualTo(Path.of("/data/parley"));
        assertThat(WikiDictIndex.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/var/cache/ann"), "/home/ann"))
                .isEqualTo(Path.of("/var/cache/ann/parley"));
        assertThat(WikiDictIndex.defaultCacheDir(Map.of("XDG_CACHE_HOME", "relative"), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.cache/parley"));
        assertThat(WikiDictIndex.defaultCacheDir(Map.of("PARLEY_CACHE", " "), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.cache/parley"));
    }

    private static java.util.List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
