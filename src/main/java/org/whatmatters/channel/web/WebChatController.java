package org.whatmatters.channel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.whatmatters.conversation.ConversationNotFoundException;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.conversation.ConversationState;
import org.whatmatters.conversation.Direction;
import org.whatmatters.conversation.Outcome;
import org.whatmatters.conversation.SafetyNotice;
import org.whatmatters.conversation.Started;
import org.whatmatters.conversation.Transcript;
import org.whatmatters.flow.Channel;
import org.whatmatters.flow.Reply;

@RestController
@RequestMapping("/api/conversations")
@Tag(name = "Web chat", description = "A person's conversation. Authorised with the conversation's token, not a staff login.")
class WebChatController {

    private static final String BEARER = "Bearer ";

    private final ConversationService conversations;

    WebChatController(ConversationService conversations) {
        this.conversations = conversations;
    }

    record StartRequest(@Size(max = 100) String flow) {}

    record MessageRequest(@NotBlank(message = "The message is empty. Please type something.")
                          @Size(max = ConversationService.MAX_TEXT_LENGTH, message = "The message is too long. Please keep it under 2000 characters.")
                          String text) {}

    record ReplyView(String text, List<String> options) {
        static List<ReplyView> of(List<Reply> replies) {
            return replies.stream().map(r -> new ReplyView(r.text(), r.options())).toList();
        }
    }

    record StartResponse(String id, String token, ConversationState state, List<ReplyView> replies, SafetyNotice safety) {}

    record MessageResponse(ConversationState state, List<ReplyView> replies, SafetyNotice safety) {}

    record MessageView(long id, Direction direction, String text, boolean safety, OffsetDateTime at) {}

    record TranscriptResponse(String id, ConversationState state, List<MessageView> messages, List<String> options) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a conversation", description = "Body {} uses the default flow. Keep the returned token: it is shown only once.")
    StartResponse start(@Valid @RequestBody(required = false) StartRequest request) {
        Started started = conversations.start(request == null ? null : request.flow(), Channel.WEB);
        Outcome outcome = started.outcome();
        return new StartResponse(started.id(), started.token(), outcome.state(), ReplyView.of(outcome.replies()), outcome.safety());
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send the person's message", description = "Needs the header Authorization: Bearer {token}.")
    MessageResponse send(@PathVariable String id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @Valid @RequestBody MessageRequest request) {
        conversations.authorize(id, token(authorization));
        Outcome outcome = conversations.receive(id, request.text());
        return new MessageResponse(outcome.state(), ReplyView.of(outcome.replies()), outcome.safety());
    }

    @GetMapping("/{id}")
    @Operation(summary = "The conversation so far", description = "Needs the header Authorization: Bearer {token}.")
    TranscriptResponse transcript(@PathVariable String id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        conversations.authorize(id, token(authorization));
        Transcript t = conversations.transcript(id);
        return new TranscriptResponse(t.id(), t.state(),
                t.messages().stream().map(m -> new MessageView(m.id(), m.direction(), m.text(), m.safety(), m.at())).toList(), t.options());
    }

    private static String token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ConversationNotFoundException();
        }
        return authorization.substring(BEARER.length()).strip();
    }
}
