package org.cxadvisor.assessment;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface AssessmentRepository extends ListCrudRepository<Assessment, String> {

    List<Assessment> findByCompanyIdOrderByCreatedAtAscIdAsc(String companyId);
}
