package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: builds a negotiation knowledge graph from news articles and serves it over SPARQL. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a knowledge graph of diplomatic negotiations from news articles and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, UpCommand.class, QueryCommand.class, BenchCommand.class,
                ExportCommand.class, LoadCommand.class, ValidateCommand.class, WikidataIndexCommand.class, CommandLine.HelpCommand.class})
public final class Parley implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Optional<Launcher.Relaunch> relaunch = Launcher.forThisJvm(args);
        if (relaunch.isPresent()) {
            try {
                int exit = Launcher.run(relaunch.get().command());
                relaunch.get().archive().ifPresent(archive -> archive.finish(exit));
                System.exit(exit);
            } catch (IOException e) {
                System.err.println("parley: cannot start a JVM with " + Launcher.OPTIONS_VARIABLE
                        + " or the default options (" + e.getMessage() + "); running with this JVM's own");
            }
        }
        LauncherWatch.startForThisJvm();
        System.exit(commandLine().execute(args));
    }

    /** The command line with Parley's exit codes: 0 success, 1 the work failed (one line on stderr), 2 bad usage. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Parley());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("parley: " + oneLine(e));
            err.flush();
            return 1;
        });
        return cli;
    }

    private static String oneLine(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
