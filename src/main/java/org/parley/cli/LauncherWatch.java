package org.parley.cli;

import java.util.Optional;

/**
 * Ends the second JVM when the first one, which launched it, ends. The first JVM stops the second from a shutdown hook
 * when it gets a SIGTERM or Ctrl-C, but a SIGKILL runs no hook: the second JVM would go on alone, still holding the
 * store's lock, and the next command would fail with "Failed to get a lock". So the second JVM watches the first.
 *
 * <p>Leaving at any moment is safe for the store: a TDB2 transaction that was not committed is simply not there when
 * the store is next opened, and the next build redoes what it held.
 */
final class LauncherWatch {

    /** The first JVM's process id, given to the second by {@link Launcher}. */
    static final String PID_PROPERTY = "parley.launcher.pid";
    /** The exit code when the launcher went away: the work did not finish. */
    static final int LAUNCHER_GONE = 1;

    private LauncherWatch() {
    }

    /** Watches the launcher named by {@link #PID_PROPERTY}, if this JVM was launched by one. */
    static void startForThisJvm() {
        launcherPid(System.getProperty(PID_PROPERTY)).ifPresent(pid -> watch(pid, () -> {
            System.err.println("parley: the process that started this one has ended; stopping");
            System.exit(LAUNCHER_GONE);
        }));
    }

    /**
     * Runs {@code whenGone} once process {@code pid} has ended, at once if it is gone already. Java checks a process
     * that is not this one's child every few seconds at most, and knows a new process that reuses the id from the
     * one it watched.
     */
    static void watch(long pid, Runnable whenGone) {
        Optional<ProcessHandle> launcher = ProcessHandle.of(pid);
        if (launcher.isEmpty() || !launcher.get().isAlive()) {
            whenGone.run();
            return;
        }
        launcher.get().onExit().thenRun(whenGone);
    }

    static Optional<Long> launcherPid(String property) {
        if (property == null || property.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(property.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
