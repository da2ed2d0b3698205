package org.cxadvisor.scenarioset;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface ScenarioSetRepository extends ListCrudRepository<ScenarioSet, String>,
        PagingAndSortingRepository<ScenarioSet, String> {

    Page<ScenarioSet> findAllByOrderByUpdatedAtDescIdAsc(Pageable page);
}
