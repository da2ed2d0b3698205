package org.cxadvisor;

import org.cxadvisor.cli.Cli;
import org.cxadvisor.knowledge.EarlyBuild;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two faces: with a command ({@code validate}, {@code test}, {@code advise}, ...; see {@link Cli}) it runs
 * that command without starting the server; otherwise it serves the API and the browser pages.
 */
@SpringBootApplication
public class CxAdvisorApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication server = new SpringApplication(CxAdvisorApplication.class);
        server.addListeners(new EarlyBuild());   // the rules compile while Spring starts the rest
        server.run(args);
    }
}
