package org.whatmatters.conversation;

public class UnknownFlowException extends RuntimeException {

    UnknownFlowException(String flowId, java.util.List<String> known) {
        super("There is no flow called '" + flowId + "'. Flows available: " + String.join(", ", known) + ".");
    }
}
