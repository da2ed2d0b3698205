package org.cxadvisor.web;

/**
 * The service is too loaded to do this request's work now (every evaluation thread busy, or a what-if's budget
 * spent): answered with 503 and Retry-After, the request itself is fine. The engine's own reasons extend it.
 */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String message) {
        super(message);
    }
}
