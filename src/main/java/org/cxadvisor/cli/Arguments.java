package org.cxadvisor.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: positional ones, and {@code --name value} options from a known set. */
final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    /** Parses {@code args}; an option not in {@code known}, or one without a value, is a {@link UsageException}. */
    Arguments(List<String> args, Set<String> known) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                }
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (value == null) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                options.put(name, value);
            } else {
                positional.add(arg);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /** An option whose value must be one of {@code allowed}. */
    String choice(String name, String defaultValue, List<String> allowed) {
        String value = option(name, defaultValue);
        if (!allowed.contains(value)) {
            throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + " (was " + value + ")");
        }
        return value;
    }
}
