package org.cxadvisor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The optional {@code [DIR]} of the commands that work on a rules folder. */
final class RulesFolderParameter {

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "rules",
            description = "the rules folder (default: ${DEFAULT-VALUE})")
    String dir;

    Path path() {
        return Path.of(dir);
    }

    /** How messages name files in the folder: {@code rules/x.drl:3}, as the user typed the folder. */
    String prefix() {
        return dir.endsWith("/") ? dir : dir + "/";
    }
}
