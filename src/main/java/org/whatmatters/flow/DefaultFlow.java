package org.whatmatters.flow;

/** The flow a new conversation uses when none is named. */
public record DefaultFlow(String id) {}
