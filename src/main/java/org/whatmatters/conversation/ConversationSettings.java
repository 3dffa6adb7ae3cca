package org.whatmatters.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param longGap after this long without a message, a person who comes back is welcomed back and
 *     reminded where they were before the conversation carries on
 */
@ConfigurationProperties("whatmatters.conversation")
record ConversationSettings(@DefaultValue("P7D") Duration longGap) {}
