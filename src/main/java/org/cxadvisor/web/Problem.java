package org.cxadvisor.web;

import java.util.List;

/**
 * The shape of every refusal ({@code application/problem+json}, RFC 9457, with the contract's {@code errors}), as the
 * OpenAPI description shows it. The handlers build Spring's {@code ProblemDetail}; this record only names its fields.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** One offending field (a JSON path into the request, or a parameter or header name) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
