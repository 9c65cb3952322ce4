package org.parley.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The version printed by {@code parley --version}, taken from the jar's manifest when there is one. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Parley.class.getPackage().getImplementationVersion();
        return new String[] {"parley " + (version == null ? "(development build)" : version),
                String.format(Locale.ROOT, "Java %s, max heap %.1f GB, %s", System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024),
                        ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + ")))};
    }
}
