/**
 * The SMS channel: Twilio's inbound message webhook, replies composed for text messages, opt-out
 * keywords, duplicate-delivery protection, late replies through the REST API, and invitations.
 */
package org.whatmatters.channel.sms;
