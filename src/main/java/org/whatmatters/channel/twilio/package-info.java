/**
 * What the SMS and phone channels share about Twilio: settings, webhook signature checks, phone
 * number handling and sending messages through Twilio's REST API.
 */
package org.whatmatters.channel.twilio;
