package dyna.app.cli;

import dyna.experiment.output.ConfigurationReport;
import dyna.experiment.ExperimentException;
import dyna.experiment.cluster.ClusterOptionException;
import dyna.core.registry.ConfigurationException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code dyna} command. */
@Command(name = "dyna", mixinStandardHelpOptions = true, versionProvider = DynaCommand.Version.class,
        description = "Dyna-style model-based reinforcement learning: list components, run experiments, benchmark.")
public final class DynaCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order help lists them. A command line is built with only the one
     * named when one is: picocli reads every command's annotations as it builds (in a cold JVM,
     * measured: 0.19 s for all of them, 0.15 s for {@code dyna run} alone).
     */
    private static final List<Class<?>> COMMANDS = List.of(ListCommand.class, RunCommand.class, WatchCommand.class, MergeCommand.class,
            ClusterCommand.class, CompareCommand.class, FigureCommand.class, PluginsCommand.class, BenchCommand.class,
            SchemaCommand.class, CompletionCommand.class, InspectCommand.class, EvaluateCommand.class,
            CommandLine.HelpCommand.class);

    /** Commands that work on the whole tree of commands, not on one of them. */
    private static final Set<String> ON_ALL = Set.of("help", "completion");

    /** Exit code of a usage error. */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean verbose;

    /** Whether {@code --verbose} was given to the command of {@code spec} (or above it). */
    static boolean verbose(CommandSpec spec) {
        return spec.root().userObject() instanceof DynaCommand root && root.verbose;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * Runs {@code dyna} with these arguments.
     *
     * @return the exit code: 0 done, 1 failed, 2 usage error, 3 some runs failed (the others kept)
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine line = commandLine(args);
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((e, arguments) -> {
            String name = e.getCommandLine().getCommandSpec().qualifiedName();
            String message = e.getMessage() + meant(e);
            err.println(name.equals("dyna") ? "dyna: " + message : name + ": " + message + " (see '" + name + " --help')");
            if (verbose) {
                e.printStackTrace(err);
            }
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean usage = e instanceof UsageException || e instanceof ConfigurationException
                    || e instanceof ExperimentException || e instanceof ClusterOptionException;
            String name = commandLine.getCommandSpec().qualifiedName();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println(name + ": " + (usage ? "" : "error: ")
                    + message.replace('\n', ' ') + (usage || verbose ? "" : " (--verbose shows where)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return usage ? USAGE : 1;
        });
        try {
            return line.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("dyna: out of memory (" + e.getMessage() + ") with a heap of at most "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; give the JVM more with "
                    + "DYNA_JAVA_OPTS=-Xmx<size> (for example -Xmx8g), or run fewer at a time (--threads) or smaller ones");
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        } catch (StackOverflowError e) {
            err.println("dyna: the stack overflowed (a component that recurses without end?); run again with "
                    + "--verbose to see where, or give threads more stack with DYNA_JAVA_OPTS=-Xss<size>");
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** The command line for these arguments: {@code dyna} with the subcommands they need. */
    static CommandLine commandLine(String... args) {
        CommandLine line = new CommandLine(new DynaCommand());
        for (Class<?> command : commandsFor(args)) {
            line.addSubcommand(command);
        }
        CommandLine run = line.getSubcommands().get("run");
        if (run != null) {
            // A component option for every kind the experiment may sweep, the plugins' included.
            RunCommand.addComponentOptions(run.getCommandSpec(), PluginOptions.kinds(args));
        }
        return line;
    }

    /**
     * The subcommands a command line for these arguments needs: the one named by the first
     * argument that is not an option, or all of them (for help, completion, a mistyped name that
     * "did you mean" compares with every name, or no name at all).
     */
    static List<Class<?>> commandsFor(String... args) {
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (ON_ALL.contains(named)) {
            return COMMANDS;
        }
        return COMMANDS.stream().filter(c -> named.equals(c.getAnnotation(Command.class).name())).findFirst()
                .<List<Class<?>>>map(List::of).orElse(COMMANDS);
    }

    /** "; did you mean --episodes?" for a mistyped option or command, from picocli's suggestions; else empty. */
    private static String meant(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String given = unmatched.getUnmatched().get(0);
        java.util.List<String> valid = new java.util.ArrayList<>(e.getCommandLine().getCommandSpec().optionsMap().keySet());
        valid.addAll(e.getCommandLine().getSubcommands().keySet());
        String option = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        return dyna.core.registry.DidYouMean.closest(option, valid).map(name -> "; did you mean " + name + "?")
                .orElse("");
    }

    /** The version, from the modules. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dyna " + ConfigurationReport.dynaVersion() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
