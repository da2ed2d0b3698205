package org.cxadvisor.web;

/** The request body is over the API's limit (64 KiB): refused with 413. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException() {
        super("Request body too large");
    }
}
