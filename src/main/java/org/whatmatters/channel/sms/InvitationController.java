package org.whatmatters.channel.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invitations (staff)", description = "Start a conversation by sending an invitation text. Staff only: HTTP Basic.")
@SecurityRequirement(name = "staff")
class InvitationController {

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    record InvitationRequest(@NotBlank(message = "Give the phone number to invite, such as +447700900123.") @Size(max = 30) String phone,
                             @Size(max = 100) String flow) {}

    record InvitationResponse(String id, String conversationId, String phone, String flow, int messagesSent, OffsetDateTime createdAt) {}

    @PostMapping("/api/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a person by SMS", description = "Refuses invalid numbers (E.164), opted-out numbers and numbers with a conversation already under way.")
    InvitationResponse invite(@Valid @RequestBody InvitationRequest request, Principal staff) {
        return invitations.invite(request.phone(), request.flow(), staff.getName());
    }
}
