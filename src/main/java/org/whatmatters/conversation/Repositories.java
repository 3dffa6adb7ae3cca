package org.whatmatters.conversation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Conversations extends JpaRepository<Conversation, String> {

    /** Locks the row until the transaction ends, so turns of one conversation never overlap, even across instances. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Conversation c where c.id = :id")
    Optional<Conversation> findForUpdate(String id);

    List<Conversation> findByPhoneAndStateOrderByCreatedAtDesc(String phone, ConversationState state);

    Optional<Conversation> findFirstByPhoneOrderByCreatedAtDesc(String phone);

    List<Conversation> findByPhoneOrderByCreatedAtAsc(String phone);

    @Query("select c from Conversation c where c.needsPerson = true and c.callBackDoneAt is null order by c.urgent desc, c.createdAt asc")
    List<Conversation> findCallBacksDue();
}

interface Messages extends JpaRepository<Message, Long> {

    List<Message> findByConversationIdOrderByIdAsc(String conversationId);
}

interface SafetyEvents extends JpaRepository<SafetyEvent, Long> {

    List<SafetyEvent> findByConversationIdOrderByIdAsc(String conversationId);
}
