package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resident memory as Linux counts it ({@code /proc/PID/status}): {@code VmHWM} is the most a process has had resident
 * since it started. Empty where there is no {@code /proc}.
 */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** This process's peak resident memory so far. */
    static OptionalLong peakOfThisProcess() {
        return peakOf(ProcessHandle.current().pid());
    }

    static OptionalLong peakOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).strip().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended, or this is not Linux
        }
        return OptionalLong.empty();
    }

    /**
     * Follows a process and its descendants (the launcher starts the real JVM as a child) while they run, keeping
     * the highest peak any of them reached.
     */
    static final class TreeWatch {
        private final Map<Long, Long> peaks = new ConcurrentHashMap<>();

        void sample(ProcessHandle root) {
            record(root);
            root.descendants().forEach(this::record);
        }

        private void record(ProcessHandle process) {
            peakOf(process.pid()).ifPresent(bytes -> peaks.merge(process.pid(), bytes, Math::max));
        }

        OptionalLong highest() {
            return peaks.values().stream().mapToLong(Long::longValue).max();
        }
    }
}
