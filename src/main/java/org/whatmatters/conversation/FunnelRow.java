package org.whatmatters.conversation;

/** How many conversations of one flow version, started on one channel, reached one step. */
public record FunnelRow(String flowId, int flowVersion, String channel, String stepId, long conversations) {}
