package org.cxadvisor.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base for tests that talk to the whole application over real HTTP on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpTest {

    @LocalServerPort
    protected int port;

    protected ApiClient api;

    @BeforeEach
    void startClient() {
        api = new ApiClient(port);
    }
}
