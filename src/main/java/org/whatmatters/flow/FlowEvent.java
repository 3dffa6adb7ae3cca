package org.whatmatters.flow;

/** Things that happened in a turn that other modules care about. */
public sealed interface FlowEvent {

    /** The flow reached an end step with {@code end: completed}. */
    record Completed(String stepId) implements FlowEvent {}

    /** The flow ended early: declined consent, stopped, or an end step with {@code end: ended}. */
    record Ended(String reason) implements FlowEvent {}

    record ConsentRecorded(String version, boolean given) implements FlowEvent {}

    /** The person asked for a person, or could not answer and should be offered one. */
    record PersonRequested(String reason) implements FlowEvent {}
}
