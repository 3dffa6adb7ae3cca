/**
 * Conversations: the one place that turns an inbound message into replies. Stores every message
 * before answering, runs the safety check on every inbound message, drives the flow engine, and
 * processes the messages of one conversation one at a time, in order.
 */
package org.whatmatters.conversation;
