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
    private final ConversationSettings settings;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.whatmatters.nlp.TextPipeline pipeline;

    ConversationService(Conversations conversations, Messages messages, SafetyEvents safetyEvents, FlowRegistry flows,
            DefaultFlow defaultFlow, FlowEngine engine, SafetyCheck safety, ConversationLocks locks, TransactionTemplate tx,
            ApplicationEventPublisher events, JsonMapper json, Clock clock, ConversationSettings settings,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, org.whatmatters.nlp.TextPipeline pipeline) {
        this.jdbc = jdbc;
        this.pipeline = pipeline;
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
        this.settings = settings;
    }

    /** Starts a web chat conversation on the newest version of a flow (the default flow when {@code flowId} is null). */
    public Started start(String flowId, Channel channel) {
        return startFor(null, flowId, channel, null);
    }

    /**
     * Starts a conversation for a phone number. With {@code firstMessage} (the person texted or spoke
     * first) that message is stored and safety-checked before the flow's opening.
     */
    public Started startForPhone(String phone, String flowId, Channel channel, String firstMessage) {
        return startFor(phone, flowId, channel, firstMessage);
    }

    private Started startFor(String phone, String flowId, Channel channel, String firstMessage) {
        if (firstMessage != null) {
            validate(firstMessage);
        }
        Flow flow = flow(flowId);
        String token = Tokens.newToken();
        return tx.execute(status -> {
            OffsetDateTime now = now();
            Turn turn = engine.start(flow, channel);
            Conversation conversation = new Conversation(UUID.randomUUID().toString(), Tokens.hash(token), flow.id(), flow.version(),
                    channel, phone, write(turn.state()), now);
            conversations.save(conversation);
            List<Reply> replies = new ArrayList<>();
            SafetyNotice notice = null;
            if (firstMessage != null) {
                conversation.arrive(channel, now, settings.longGap());
                Message inbound = messages.save(new Message(conversation.id(), Direction.IN, firstMessage, null, channel, false, now));
                notice = checkSafety(conversation, inbound, firstMessage, replies, now);
            }
            replies.addAll(turn.replies());
            storeReplies(conversation, turn.replies(), turn.state().step(), channel, now);
            applyEvents(conversation, turn.events(), now);
            conversations.flush();
            log.info("Conversation {} started on {} via {}", conversation.id(), flow.key(), channel);
            return new Started(conversation.id(), token, new Outcome(conversation.id(), conversation.state(), replies, notice));
        });
    }

    private Flow flow(String flowId) {
        String id = flowId == null || flowId.isBlank() ? defaultFlow.id() : flowId.strip();
        return flows.latest(id).orElseThrow(() -> new UnknownFlowException(id, flows.all().stream().map(Flow::id).toList()));
    }

    /** Whether a flow of this name exists, for channels that check before starting. */
    public boolean flowExists(String flowId) {
        return flows.latest(flowId == null || flowId.isBlank() ? defaultFlow.id() : flowId.strip()).isPresent();
    }

    /** Checks a conversation's token; a wrong token looks exactly like an unknown conversation. */
    public void authorize(String conversationId, String token) {
        Conversation conversation = conversations.findById(conversationId).orElseThrow(ConversationNotFoundException::new);
        if (!Tokens.matches(token, conversation.tokenHash())) {
            throw new ConversationNotFoundException();
        }
    }

    /** Handles one web chat message. */
    public Outcome receive(String conversationId, String text) {
        return receive(conversationId, text, Channel.WEB);
    }

    /** Handles one inbound message. Messages to one conversation are handled one at a time, in arrival order. */
    public Outcome receive(String conversationId, String text, Channel via) {
        validate(text);
        return locks.withLock(conversationId, () -> tx.execute(status -> turn(conversationId, text, via)));
    }

    private Outcome turn(String conversationId, String text, Channel via) {
        Conversation conversation = lockActive(conversationId);
        OffsetDateTime now = now();
        Flow flow = flows.version(conversation.flowId(), conversation.flowVersion());
        EngineState state = read(conversation.engineState());
        Message inbound = messages.save(new Message(conversation.id(), Direction.IN, text, state.step(), via, false, now));
        Conversation.Arrival arrival = conversation.arrive(via, now, settings.longGap());

        List<Reply> replies = new ArrayList<>();
        SafetyNotice notice = checkSafety(conversation, inbound, text, replies, now);
        offerInterpreter(conversation, inbound, text, replies, now);
        Turn turn;
        if (arrival != Conversation.Arrival.AS_USUAL) {
            // Back after a long gap, or on another channel: the message is a hello, not an answer.
            Reply recap = Reply.of(recap(flow, state));
            storeReplies(conversation, List.of(recap), state.step(), via, now);
            replies.add(recap);
            turn = new Turn(state, engine.currentQuestion(flow, state, via), List.of());
        } else if (notice != null) {
            turn = engine.handleAfterSafetyConcern(flow, state, text, inbound.id(), via);
        } else {
            turn = engine.handle(flow, state, text, inbound.id(), via);
        }
        replies.addAll(turn.replies());
        conversation.advance(write(turn.state()), now);
        storeReplies(conversation, turn.replies(), turn.state().step(), via, now);
        applyEvents(conversation, turn.events(), now);
        conversations.flush();
        log.debug("Conversation {} now at step {}", conversation.id(), turn.state().step());
        return new Outcome(conversation.id(), conversation.state(), replies, notice);
    }

    /** Locks the conversation's row for this transaction; refuses one that has finished. */
    private Conversation lockActive(String conversationId) {
        Conversation conversation = conversations.findForUpdate(conversationId).orElseThrow(ConversationNotFoundException::new);
        if (conversation.state() != ConversationState.ACTIVE) {
            throw new ConversationClosedException(conversation.state());
        }
        return conversation;
    }

    /**
     * Carries a conversation on without a message from the person: asks the current question again,
     * after a one-sentence recap when {@code recap} is set (a call comes in on a conversation started by
     * text, for example). The replies are stored like any others.
     */
    public Outcome resume(String conversationId, Channel via, boolean recap) {
        return locks.withLock(conversationId, () -> tx.execute(status -> {
            Conversation conversation = lockActive(conversationId);
            OffsetDateTime now = now();
            Flow flow = flows.version(conversation.flowId(), conversation.flowVersion());
            EngineState state = read(conversation.engineState());
            conversation.switchTo(via, now);
            List<Reply> replies = new ArrayList<>();
            if (recap) {
                replies.add(Reply.of(recap(flow, state)));
            }
            replies.addAll(engine.currentQuestion(flow, state, via));
            storeReplies(conversation, replies, state.step(), via, now);
            return new Outcome(conversation.id(), conversation.state(), replies, null);
        }));
    }

    /** "Welcome back, Jo. Last time you told me about what matters to you, so let's carry on." */
    private static String recap(Flow flow, EngineState state) {
        String name = state.answers().stream()
                .filter(a -> !a.skipped() && flow.findStep(a.step()).map(s -> s.plan() == org.whatmatters.flow.PlanField.PREFERRED_NAME).orElse(false))
                .map(org.whatmatters.flow.Answer::value).findFirst().map(n -> ", " + n).orElse("");
        String lastTopic = null;
        for (int i = state.history().size() - 1; i >= 0 && lastTopic == null; i--) {
            lastTopic = flow.findStep(state.history().get(i)).map(org.whatmatters.flow.Step::label).orElse(null);
        }
        return lastTopic == null ? "Welcome back" + name + ". Let's carry on from where we stopped."
                : "Welcome back" + name + ". Last time you told me about " + lowerFirst(lastTopic) + ", so let's carry on.";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Fixed, short, and understood by many who read a little English; the link worker arranges the interpreter. */
    static final String INTERPRETER_OFFER = "It looks like you may prefer another language. We can get an interpreter for you: a link worker"
            + " will contact you. You can also carry on here in English. Interpreter? Tolk? Interprete? Interpr\u00e8te? T\u0142umacz?";

    /**
     * When a message seems to be in another language, says once that an interpreter can be arranged, asks
     * for a call back, and remembers the language for the plan. The message itself is still taken as it is.
     */
    private void offerInterpreter(Conversation conversation, Message inbound, String text, List<Reply> replies, OffsetDateTime now) {
        org.whatmatters.nlp.Language language = pipeline.language(text);
        if (language.isEnglish() || !conversation.languageSeen(language.iso639_3(), inbound.id())) {
            return;
        }
        conversation.requestPerson("interpreter: " + language.iso639_3());
        messages.save(new Message(conversation.id(), Direction.OUT, INTERPRETER_OFFER, inbound.stepId(), inbound.channel(), false, now));
        replies.add(Reply.of(INTERPRETER_OFFER));
        log.info("Conversation {} may need an interpreter ({})", conversation.id(), language.iso639_3());
    }

    /** Runs the safety check; on a finding, stores it, marks the conversation urgent and adds the fixed signposting. */
    private SafetyNotice checkSafety(Conversation conversation, Message inbound, String text, List<Reply> replies, OffsetDateTime now) {
        Optional<SafetyFinding> finding = safety.check(text);
        if (finding.isEmpty()) {
            return null;
        }
        SafetyFinding f = finding.get();
        safetyEvents.save(new SafetyEvent(conversation.id(), inbound.id(), f.level(), f.category(), f.matchedText(), now));
        conversation.markUrgent();
        String signposting = Signposting.textFor(f.category(), f.level());
        messages.save(new Message(conversation.id(), Direction.OUT, signposting, inbound.stepId(), inbound.channel(), true, now));
        replies.add(Reply.of(signposting));
        events.publishEvent(new SafetyConcernRaised(conversation.id(), inbound.id(), f.level(), f.category()));
        log.warn("Safety concern {} / {} in conversation {} (message {})", f.level(), f.category(), conversation.id(), inbound.id());
        return new SafetyNotice(f.level(), f.category());
    }

    /** The newest active conversation of a phone number, if any. */
    public Optional<String> activeFor(String phone) {
        return conversations.findByPhoneAndStateOrderByCreatedAtDesc(phone, ConversationState.ACTIVE).stream().findFirst().map(Conversation::id);
    }

    /** The newest conversation of a phone number, in any state. */
    public Optional<String> latestFor(String phone) {
        return conversations.findFirstByPhoneOrderByCreatedAtDesc(phone).map(Conversation::id);
    }

    /** Ends every active conversation of a number (an opt-out); returns how many ended. */
    public int endAllFor(String phone, String reason) {
        return tx.execute(status -> {
            List<Conversation> active = conversations.findByPhoneAndStateOrderByCreatedAtDesc(phone, ConversationState.ACTIVE);
            OffsetDateTime now = now();
            active.forEach(c -> c.end(reason, now));
            return active.size();
        });
    }

    /** Ends one active conversation (for example when its invitation could not be sent). */
    public void end(String conversationId, String reason) {
        locks.withLock(conversationId, () -> tx.execute(status -> {
            Conversation c = conversations.findForUpdate(conversationId).orElseThrow(ConversationNotFoundException::new);
            if (c.state() == ConversationState.ACTIVE) {
                c.end(reason, now());
            }
            return null;
        }));
    }

    /** What the current question expects, for channels that map key presses or confirm what they heard. */
    public Optional<org.whatmatters.flow.Prompt> currentPrompt(String conversationId) {
        return tx.execute(status -> {
            Conversation c = conversations.findById(conversationId).orElseThrow(ConversationNotFoundException::new);
            if (c.state() != ConversationState.ACTIVE) {
                return Optional.<org.whatmatters.flow.Prompt>empty();
            }
            List<Reply> question = engine.currentQuestion(flows.version(c.flowId(), c.flowVersion()), read(c.engineState()), c.lastChannel());
            return question.stream().filter(Reply::isQuestion).map(Reply::prompt).reduce((a, b) -> b);
        });
    }

    /** People waiting for a call back, urgent first, then oldest. */
    public List<CallBack> callBacksDue() {
        return conversations.findCallBacksDue().stream()
                .map(c -> new CallBack(c.id(), c.createdAt(), c.channel(), c.state(), c.urgent(), c.needsPersonReason(), c.phone())).toList();
    }

    /** A link worker has called the person back. */
    public void callBackDone(String conversationId, String by) {
        tx.executeWithoutResult(status -> conversations.findById(conversationId).orElseThrow(ConversationNotFoundException::new)
                .callBackDone(by, now()));
    }

    /** The ids of every conversation of the same person (phone number) as this one, oldest first; just this one for web chat. */
    public List<String> samePerson(String conversationId) {
        Conversation c = conversations.findById(conversationId).orElseThrow(ConversationNotFoundException::new);
        return c.phone() == null ? List.of(c.id()) : conversations.findByPhoneOrderByCreatedAtAsc(c.phone()).stream().map(Conversation::id).toList();
    }

    /** For each flow version and starting channel, how many conversations reached each step (were asked its question). */
    public List<FunnelRow> funnel() {
        return jdbc.sql("""
                select c.flow_id, c.flow_version, c.channel, m.step_id, count(distinct c.id) as reached
                from conversation c join message m on m.conversation_id = c.id
                where m.direction = 'OUT' and m.step_id is not null
                group by c.flow_id, c.flow_version, c.channel, m.step_id""")
                .query((rs, n) -> new FunnelRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5))).list();
    }

    /** The state of a conversation. */
    public ConversationState state(String conversationId) {
        return conversations.findById(conversationId).map(Conversation::state).orElseThrow(ConversationNotFoundException::new);
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

    private void storeReplies(Conversation conversation, List<Reply> replies, String stepId, Channel via, OffsetDateTime now) {
        for (Reply reply : replies) {
            messages.save(new Message(conversation.id(), Direction.OUT, reply.text(), stepId, via, false, now));
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
                c.urgent(), c.needsPerson(), c.phone(),
                c.language() == null ? null : new ConversationSnapshot.OtherLanguage(c.language(), c.languageMessageId()));
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
