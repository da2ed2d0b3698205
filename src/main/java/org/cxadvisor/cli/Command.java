package org.cxadvisor.cli;

import java.io.PrintStream;
import java.util.Set;

/** One command of the jar's command line. Returns the process exit code: 0 ok, 1 failure found, 2 usage error. */
interface Command {

    String name();

    /** One line: the arguments and what the command does. */
    String usage();

    /** The {@code --name value} options it accepts. */
    Set<String> options();

    int run(Arguments args, PrintStream out, PrintStream err) throws Exception;
}
