package org.parley.link;

import java.nio.file.Path;
import java.util.Map;

/** Where Parley keeps what it can rebuild: the WikiDict index, the class archive of the jar. */
public final class CacheDirectory {

    private CacheDirectory() {
    }

    /** {@code $PARLEY_CACHE}, else {@code $XDG_CACHE_HOME/parley}, else {@code ~/.cache/parley}. */
    public static Path of(Map<String, String> environment, String userHome) {
        String parleyCache = environment.get("PARLEY_CACHE");
        if (parleyCache != null && !parleyCache.isBlank()) {
            return Path.of(parleyCache);
        }
        String xdgCache = environment.get("XDG_CACHE_HOME");
        // The XDG spec says to ignore a relative path.
        if (xdgCache != null && !xdgCache.isBlank() && Path.of(xdgCache).isAbsolute()) {
            return Path.of(xdgCache, "parley");
        }
        return Path.of(userHome, ".cache", "parley");
    }
}
