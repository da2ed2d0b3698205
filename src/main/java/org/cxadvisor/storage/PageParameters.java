package org.cxadvisor.storage;

import java.util.List;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.web.BadRequestException;

/** The {@code page} and {@code size} query parameters of the consultants' lists; anything else is a 400 naming the parameter. */
public final class PageParameters {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private PageParameters() {
    }

    /** From 0; default 0. */
    public static int page(String raw) {
        return number("page", raw, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    /** 1..100; default 20. */
    public static int size(String raw) {
        return number("size", raw, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    static int number(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new BadRequestException("problem.malformed.title", List.of(new Violation(name, "error.field.notWholeNumber", min, max)));
    }
}
