package org.whatmatters.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Plans extends JpaRepository<CarePlan, String> {

    /** Urgent first, then oldest first: the order a link worker should work through them. */
    @Query("""
            select p from CarePlan p
            where (:status is null or p.status = :status)
              and (:conversationId is null or p.conversationId = :conversationId)
            order by p.urgent desc, p.createdAt asc, p.id asc""")
    List<CarePlan> search(PlanStatus status, String conversationId);

    boolean existsByConversationId(String conversationId);
}
