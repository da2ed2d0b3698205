package org.cxadvisor.advice;

import java.time.Duration;
import org.cxadvisor.web.ServiceBusyException;

/** Every evaluation thread stayed busy for longer than a request may wait for one: try again shortly. */
public class EngineBusyException extends ServiceBusyException {

    public EngineBusyException(Duration waited) {
        super("All evaluation threads stayed busy for " + waited.toMillis() + " ms.");
    }
}
