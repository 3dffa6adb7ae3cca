package org.whatmatters.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanVersions extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByPlanIdOrderByVersionDesc(String planId);

    Optional<PlanVersion> findByPlanIdAndVersion(String planId, int version);
}
