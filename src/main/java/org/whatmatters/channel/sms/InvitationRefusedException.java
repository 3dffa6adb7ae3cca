package org.whatmatters.channel.sms;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An invitation that cannot be sent, with a status and a reason a link worker can act on. */
class InvitationRefusedException extends ResponseStatusException {

    InvitationRefusedException(HttpStatus status, String reason) {
        super(status, reason);
    }
}
