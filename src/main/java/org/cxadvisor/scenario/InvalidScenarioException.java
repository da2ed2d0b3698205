package org.cxadvisor.scenario;

import java.util.List;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.Violation;

/**
 * A scenario request broke the contract: a bad baseline, variant change, sweep field or value. Each violation's
 * field is a path into the request ({@code variants[1].changes.employeeEngagement}, {@code baseline.name},
 * {@code values[2]}). It is an {@link InvalidProfileException}, so every place that reports bad profiles
 * (problem+json, the command line) reports these the same way.
 */
public class InvalidScenarioException extends InvalidProfileException {

    public InvalidScenarioException(List<Violation> violations) {
        super(violations);
    }
}
