package org.cxadvisor.account;

/** No user of that name: a 404 problem. */
class UnknownUserException extends RuntimeException {

    UnknownUserException(String username) {
        super(username);
    }
}
