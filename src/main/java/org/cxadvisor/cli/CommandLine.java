package org.cxadvisor.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cxadvisor.knowledge.KnowledgeBaseException;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.MalformedJsonException;

/** Dispatches {@code java -jar cx-advisor.jar COMMAND ...} to a command, without starting the server. */
public final class CommandLine {

    private static final List<Command> COMMANDS = List.of(
            new AdviseCommand(),
            new ValidateCommand(),
            new RulesDocCommand(),
            new TestCommand(),
            new ScenariosCommand(),
            new ImpactCommand());

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.stream().anyMatch(c -> c.name().equals(args[0]))
                || Set.of("help", "--help", "-h").contains(args[0]));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            printHelp(out);
            return 0;
        }
        try {
            return command.run(new Arguments(Arrays.asList(args).subList(1, args.length), command.options()), out, err);
        } catch (UsageException e) {
            err.println("cx-advisor " + command.name() + ": " + e.getMessage());
            err.println("usage: cx-advisor " + command.name() + " " + command.usage());
            return 2;
        } catch (KnowledgeBaseException e) {
            e.errors().forEach(err::println);
            err.println(e.errors().size() + " error(s) in the rules.");
            return 1;
        } catch (InvalidProfileException e) {
            e.violations().forEach(v -> err.println(v.field() + ": " + v.message(java.util.Locale.ENGLISH)));
            return 1;
        } catch (MalformedJsonException e) {
            err.println("cx-advisor " + command.name() + ": " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("cx-advisor " + command.name() + ": " + describe(e.getCause()));
            return 1;
        } catch (Exception e) {
            err.println("cx-advisor " + command.name() + ": " + describe(e));
            return 1;
        }
    }

    private static String describe(Exception e) {
        return e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
    }

    private static void printHelp(PrintStream out) {
        out.println("CX Advisor. Without a command, serves the API and the intake form on port 8080.");
        out.println("Commands:");
        COMMANDS.forEach(c -> out.println("  " + c.name() + " " + c.usage()));
    }
}
