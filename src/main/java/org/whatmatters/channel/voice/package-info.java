/**
 * The phone channel (Twilio Programmable Voice): questions spoken in the flow's voice wording,
 * answers by speech or keypad, confirmation of unsure speech, silence handling with an offer to
 * carry on by text, and the fixed safety signposting spoken slowly, with an optional transfer.
 * Calls are never recorded.
 */
package org.whatmatters.channel.voice;
