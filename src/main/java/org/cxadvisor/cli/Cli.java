package org.cxadvisor.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.cxadvisor.knowledge.KnowledgeBaseException;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.MalformedJsonException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The jar's command line: {@code java -jar cx-advisor.jar COMMAND ...} runs one command without starting the server.
 * Every class in this package annotated {@link Command} is a command: adding one is adding its class. Unknown
 * commands and options print the usage and exit 2; a problem found in the rules or the input exits 1.
 */
@Command(name = "cx-advisor", mixinStandardHelpOptions = true, version = "CX Advisor",
        description = "CX Advisor. Without a command it serves the API and the browser pages on port 8080.",
        subcommands = HelpCommand.class, synopsisSubcommandLabel = "COMMAND")
public final class Cli implements Runnable {

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version", "help");

    /**
     * True when the arguments ask for a command, and not for the server: the server takes only Spring's
     * {@code --name=value} options, so any other first word is a command, known or not (a misspelt command must
     * not start the server).
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || HELP.contains(args[0]));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine cli = commandLine().setOut(outWriter).setErr(errWriter)
                .setParameterExceptionHandler(Cli::usageError)
                .setExecutionExceptionHandler((e, command, parsed) -> problem(e, command.getCommandName(), errWriter));
        try {
            return cli.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Command.class));
        scanner.findCandidateComponents(Cli.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> !name.equals(Cli.class.getName()))
                .sorted(Comparator.naturalOrder())
                .forEach(name -> cli.addSubcommand(instantiate(name)));
        return cli;
    }

    @Spec
    private CommandSpec spec;

    /** Options alone, without a command ({@code cx-advisor -x}), are a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    private static Object instantiate(String className) {
        try {
            var constructor = Class.forName(className).getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("command " + className + " needs a constructor without arguments", e);
        }
    }

    /** What was wrong, a "did you mean", and the usage of the command concerned; exit 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        boolean unknownCommand = command.getParent() == null && e instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-");
        err.println(unknownCommand ? "Unknown command: '" + ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0) + "'"
                : e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        command.usage(err);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A failure while a command ran: the rules' errors, the profile's violations, or one line; never a stack trace. */
    private static int problem(Exception e, String command, PrintWriter err) {
        if (e instanceof KnowledgeBaseException kbe) {
            kbe.errors().forEach(err::println);
            err.println(kbe.errors().size() + " error(s) in the rules.");
        } else if (e instanceof InvalidProfileException ipe) {
            ipe.violations().forEach(v -> err.println(v.field() + ": " + v.message(Locale.ENGLISH)));
        } else if (e instanceof UncheckedIOException io) {
            err.println("cx-advisor " + command + ": " + describe(io.getCause()));
        } else if (e instanceof MalformedJsonException) {
            err.println("cx-advisor " + command + ": " + e.getMessage());
        } else {
            err.println("cx-advisor " + command + ": " + describe(e));
        }
        return 1;
    }

    private static String describe(Exception e) {
        return e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
    }
}
