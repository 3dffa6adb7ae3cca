package org.whatmatters.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByPlanIdOrderByIdAsc(String planId);

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);
}
