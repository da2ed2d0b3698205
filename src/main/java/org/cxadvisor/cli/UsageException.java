package org.cxadvisor.cli;

/** The command line was used wrongly; the message says how. Exit code 2. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
