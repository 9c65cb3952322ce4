package org.parley.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.parley.link.CacheDirectory;

/**
 * Runs Parley in a JVM with the options it needs, so that {@code java -jar parley.jar} is enough: without them the
 * JVM takes a quarter of the machine's memory as heap and a build's resident memory follows it (5.4 GB here) although
 * CoreNLP needs about 1.5 GB live. The first JVM starts a second one with {@link #DEFAULT_OPTIONS}, hands it the
 * terminal and returns its exit code; it does nothing else.
 *
 * <p>No second JVM when the user chose the heap already ({@code -Xmx}, {@code -XX:MaxRAMPercentage}, ...), when this
 * JVM is the second one, or when {@code PARLEY_JAVA_OPTS} is set but empty. {@code PARLEY_JAVA_OPTS} replaces the
 * default options.
 */
final class Launcher {

    /**
     * Measured in BENCHMARKS.md: ParallelGC keeps resident memory close to -Xmx, and 3 GB runs CoreNLP at full speed.
     * Jena calls System.gc() when it closes a store (to unmap its files, which only Windows needs): with CoreNLP's
     * models in the heap that is a 3 s full collection at the end of every build.
     */
    static final String DEFAULT_OPTIONS = "-Xmx3g -XX:+UseParallelGC -XX:+DisableExplicitGC";
    static final String OPTIONS_VARIABLE = "PARLEY_JAVA_OPTS";
    /** Set on the second JVM, so it does not start a third. */
    static final String LAUNCHED_PROPERTY = "parley.launched";
    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAMPercentage",
            "-XX:MaxRAM=", "-XX:MaxRAMFraction");

    private Launcher() {
    }

    /**
     * The command that starts the second JVM, or empty when this JVM should run Parley itself.
     *
     * @param jvmArguments this JVM's own options (RuntimeMXBean's input arguments)
     */
    static Optional<List<String>> command(String[] args, Map<String, String> environment, List<String> jvmArguments,
                                          String java, String classPath, boolean launched) {
        return command(args, environment, jvmArguments, java, classPath, launched, Optional.empty(),
                ProcessHandle.current().pid());
    }

    /**
     * The same, with the jar's class archive when there is one (its options come first: the user's win).
     *
     * @param launcherPid this JVM's process id: the second JVM ends when this process does ({@link LauncherWatch})
     */
    static Optional<List<String>> command(String[] args, Map<String, String> environment, List<String> jvmArguments,
                                          String java, String classPath, boolean launched,
                                          Optional<ClassArchive> archive, long launcherPid) {
        String options = environment.getOrDefault(OPTIONS_VARIABLE, DEFAULT_OPTIONS);
        boolean heapChosen = jvmArguments.stream().anyMatch(arg -> HEAP_OPTIONS.stream().anyMatch(arg::startsWith));
        if (launched || heapChosen || options.isBlank()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        archive.ifPresent(a -> command.addAll(a.options(args)));
        command.addAll(Arrays.asList(options.strip().split("\\s+")));
        // System properties the user gave this JVM (-Dlog4j..., -Dfile.encoding) apply to the second one too.
        jvmArguments.stream().filter(arg -> arg.startsWith("-D")).forEach(command::add);
        command.add("-D" + LAUNCHED_PROPERTY + "=true");
        command.add("-D" + LauncherWatch.PID_PROPERTY + "=" + launcherPid);
        command.add("-cp");
        command.add(archive.map(ClassArchive::classPath).orElse(classPath));
        command.add(Parley.class.getName());
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /** The second JVM's command, and the class archive it uses or writes. */
    record Relaunch(List<String> command, Optional<ClassArchive> archive) {
    }

    /** The relaunch for this JVM, from its own runtime. */
    static Optional<Relaunch> forThisJvm(String[] args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path");
        Optional<ClassArchive> archive = ClassArchive.of(classPath, System.getenv(),
                CacheDirectory.of(System.getenv(), System.getProperty("user.home")),
                Path.of(System.getProperty("java.home")));
        return command(args, System.getenv(), ManagementFactory.getRuntimeMXBean().getInputArguments(), java,
                classPath, Boolean.getBoolean(LAUNCHED_PROPERTY), archive, ProcessHandle.current().pid())
                .map(command -> new Relaunch(command, archive));
    }

    /**
     * Runs the second JVM with this one's standard streams and returns its exit code. A SIGTERM or Ctrl-C that ends
     * this JVM ends the second one too, and waits for it to close the store; a SIGKILL, which runs no hook, ends it
     * through {@link LauncherWatch}.
     *
     * @throws IOException when the second JVM cannot be started
     */
    static int run(List<String> command) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    if (!child.waitFor(30, TimeUnit.SECONDS)) {
                        child.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    child.destroyForcibly();
                }
            }
        }, "parley-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int exit;
        while (true) {
            try {
                exit = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // Nothing here interrupts this thread; wait on.
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException e) {
            // This JVM is shutting down already (a signal): the hook has done its work.
        }
        return exit;
    }
}
