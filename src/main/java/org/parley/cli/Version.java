package org.parley.cli;

import picocli.CommandLine;

/** The version printed by {@code parley --version}, taken from the jar's manifest when there is one. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Parley.class.getPackage().getImplementationVersion();
        return new String[] {"parley " + (version == null ? "(development build)" : version)};
    }
}
