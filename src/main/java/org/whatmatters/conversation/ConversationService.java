package org.whatmatters.conversation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.whatmatters.flow.Channel;
import org.whatmatters.flow.DefaultFlow;
import org.whatmatters.flow.EngineState;
import org.whatmatters.flow.Flow;
import org.whatmatters.flow.FlowEngine;
import org.whatmatters.flow.FlowEvent;
import org.whatmatters.flow.FlowRegistry;
import org.whatmatters.flow.Reply;
import org.whatmatters.flow.Turn;
import org.whatmatters.safety.SafetyCheck;
import org.whatmatters.safety.SafetyFinding;
import org.whatmatters.safety.Signposting;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns inbound messages into replies. Each message is stored, checked for risk, and run through the
 * flow engine; the replies are stored too, all in one transaction, before anything is returned.
 */
@Service
public class ConversationService {

    /** The longest message a person can send in one go. */
    public static final int MAX_TEXT_LENGTH = 2000;

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private final Conversations conversations;
    private final Messages messages;
    private final SafetyEvents safetyEvents;
    private final FlowRegistry flows;
    private final DefaultFlow defaultFlow;
    private final FlowEngine engine;
    private final SafetyCheck safety;
    private final ConversationLocks locks;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ConversationService(Conversations conversations, Messages messages, SafetyEvents safetyEvents, FlowRegistry flows,
            DefaultFlow defaultFlow, FlowEngine engine, SafetyCheck safety, ConversationLocks locks, TransactionTemplate tx,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.safetyEvents = safetyEvents;
        this.flows = flows;
        this.defaultFlow = defaultFlow;
        this.engine = engine;
        this.safety = safety;
        this.locks = locks;
        this.tx = tx;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Starts a conversation on the newest version of a flow (the default flow when {@code flowId} is null). */
    public Started start(String flowId, Channel channel) {
        String id = flowId == null || flowId.isBlank() ? defaultFlow.id() : flowId.strip();
        Flow flow = flows.latest(id).orElseThrow(() -> new UnknownFlowException(id, flows.all().stream().map(Flow::id).toList()));
        String token = Tokens.newToken();
        return tx.execute(status -> {
            OffsetDateTime now = now();
            Turn turn = engine.start(flow, channel);
            Conversation conversation = new Conversation(UUID.randomUUID().toString(), Tokens.hash(token), flow.id(), flow.version(),
                    channel, write(turn.state()), now);
            conversations.save(conversation);
            storeReplies(conversation, turn.replies(), turn.state().step(), now);
            applyEvents(conversation, turn.events(), now);
            conversations.flush();
            log.info("Conversation {} started on {} via {}", conversation.id(), flow.key(), channel);
            return new Started(conversation.id(), token, new Outcome(conversation.id(), conversation.state(), turn.replies(), null));
        });
    }

    /** Checks a conversation's token; a wrong token looks exactly like an unknown conversation. */
    public void authorize(String conversationId, String token) {
        Conversation conversation = conversations.findById(conversationId).orElseThrow(ConversationNotFoundException::new);
        if (!Tokens.matches(token, conversation.tokenHash())) {
            throw new ConversationNotFoundException();
        }
    }

    /** Handles one inbound message. Messages to one conversation are handled one at a time, in arrival order. */
    public Outcome receive(String conversationId, String text) {
        validate(text);
        return locks.withLock(conversationId, () -> tx.execute(status -> turn(conversationId, text)));
    }

    private Outcome turn(String conversationId, String text) {
        Conversation conversation = conversations.findForUpdate(conversationId).orElseThrow(ConversationNotFoundException::new);
        if (conversation.state() != ConversationState.ACTIVE) {
            throw new ConversationClosedException(conversation.state());
        }
        OffsetDateTime now = now();
        Flow flow = flows.version(conversation.flowId(), conversation.flowVersion());
        EngineState state = read(conversation.engineState());
        Message inbound = messages.save(new Message(conversation.id(), Direction.IN, text, state.step(), now));

        List<Reply> replies = new ArrayList<>();
        SafetyNotice notice = null;
        Optional<SafetyFinding> finding = safety.check(text);
        Turn turn;
        if (finding.isPresent()) {
            SafetyFinding f = finding.get();
            safetyEvents.save(new SafetyEvent(conversation.id(), inbound.id(), f.level(), f.category(), f.matchedText(), now));
            conversation.markUrgent();
            notice = new SafetyNotice(f.level(), f.category());
            String signposting = Signposting.textFor(f.category(), f.level());
            messages.save(new Message(conversation.id(), Direction.OUT, signposting, state.step(), true, now));
            replies.add(Reply.of(signposting));
            events.publishEvent(new SafetyConcernRaised(conversation.id(), inbound.id(), f.level(), f.category()));
            log.warn("Safety concern {} / {} in conversation {} (message {})", f.level(), f.category(), conversation.id(), inbound.id());
            turn = engine.handleAfterSafetyConcern(flow, state, text, inbound.id(), conversation.channel());
        } else {
            turn = engine.handle(flow, state, text, inbound.id(), conversation.channel());
        }
        replies.addAll(turn.replies());
        conversation.advance(write(turn.state()), now);
        storeReplies(conversation, turn.replies(), turn.state().step(), now);
        applyEvents(conversation, turn.events(), now);
        conversations.flush();
        log.debug("Conversation {} now at step {}", conversation.id(), turn.state().step());
        return new Outcome(conversation.id(), conversation.state(), replies, notice);
    }

    private void applyEvents(Conversation conversation, List<FlowEvent> flowEvents, OffsetDateTime now) {
        for (FlowEvent event : flowEvents) {
            if (event instanceof FlowEvent.ConsentRecorded c) {
                conversation.recordConsent(c.version(), c.given(), now);
            } else if (event instanceof FlowEvent.PersonRequested p) {
                conversation.requestPerson(p.reason());
                log.info("Conversation {} flagged for a call-back: {}", conversation.id(), p.reason());
            } else if (event instanceof FlowEvent.Ended e) {
                conversation.end(e.reason(), now);
                log.info("Conversation {} ended: {}", conversation.id(), e.reason());
            } else if (event instanceof FlowEvent.Completed) {
                conversation.complete(now);
                conversations.flush();
                events.publishEvent(new ConversationCompleted(conversation.id()));
                log.info("Conversation {} completed", conversation.id());
            }
        }
    }

    private void storeReplies(Conversation conversation, List<Reply> replies, String stepId, OffsetDateTime now) {
        for (Reply reply : replies) {
            messages.save(new Message(conversation.id(), Direction.OUT, reply.text(), stepId, now));
        }
    }

    /** The whole conversation, for the person who holds its token. */
    public Transcript transcript(String conversationId) {
        return tx.execute(status -> {
            Conversation conversation = conversations.findById(conversationId).orElseThrow(ConversationNotFoundException::new);
            List<Transcript.Entry> entries = messages.findByConversationIdOrderByIdAsc(conversationId).stream()
                    .map(ConversationService::entry).toList();
            List<String> options = List.of();
            if (conversation.state() == ConversationState.ACTIVE) {
                Flow flow = flows.version(conversation.flowId(), conversation.flowVersion());
                List<Reply> question = engine.currentQuestion(flow, read(conversation.engineState()), conversation.channel());
                options = question.isEmpty() ? List.of() : question.get(question.size() - 1).options();
            }
            return new Transcript(conversation.id(), conversation.state(), entries, options);
        });
    }

    /** What the plan drafter needs; read inside the caller's transaction. */
    public ConversationSnapshot snapshot(String conversationId) {
        Conversation c = conversations.findById(conversationId).orElseThrow(ConversationNotFoundException::new);
        EngineState state = read(c.engineState());
        List<ConversationSnapshot.Flag> flags = safetyEvents.findByConversationIdOrderByIdAsc(conversationId).stream()
                .map(e -> new ConversationSnapshot.Flag(e.messageId(), e.level(), e.category(), e.matchedText())).toList();
        List<Transcript.Entry> entries = messages.findByConversationIdOrderByIdAsc(conversationId).stream()
                .map(ConversationService::entry).toList();
        return new ConversationSnapshot(c.id(), c.flowId(), c.flowVersion(), c.channel(), c.state(), c.createdAt(), state.answers(),
                entries, flags, new ConversationSnapshot.Consent(c.consentVersion(), c.consentGiven(), c.consentAt()),
                c.urgent(), c.needsPerson());
    }

    private static Transcript.Entry entry(Message m) {
        return new Transcript.Entry(m.id(), m.direction(), m.text(), m.signposting(), m.createdAt());
    }

    private static void validate(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidMessageException("The message is empty. Please type something.");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("The message is too long (" + text.length() + " characters). Please keep it under "
                    + MAX_TEXT_LENGTH + " characters, or send it in parts.");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private String write(EngineState state) {
        return json.writeValueAsString(state);
    }

    private EngineState read(String stored) {
        return json.readValue(stored, EngineState.class);
    }
}
