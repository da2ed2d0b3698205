package org.cxadvisor.assessment;

import org.cxadvisor.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The saved-assessment API on a real PostgreSQL server, schema made by the same Flyway migrations. */
class AssessmentApiPostgresTest extends AssessmentApiContract {

    private static String url;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", AssessmentApiPostgresTest::url);
    }

    private static synchronized String url() {
        if (url == null) {
            url = Postgres.newDatabase();
        }
        return url;
    }
}
