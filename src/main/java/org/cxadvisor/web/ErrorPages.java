package org.cxadvisor.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every error Tomcat itself reports becomes a problem: the host's error report valve is {@link ProblemReportValve}
 * instead of Tomcat's HTML page. Errors inside the application go to {@link ProblemErrorController} (at
 * {@code /error}) and {@link ProblemHandler}.
 */
@Component
class ErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
