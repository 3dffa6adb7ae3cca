package org.whatmatters.conversation;

public enum Direction {
    IN, OUT
}
