package org.cxadvisor.assessment;

/** The saved-assessment API on the embedded default database, an H2 file in {@code cxadvisor.data-dir}. */
class AssessmentApiTest extends AssessmentApiContract {
}
