package org.whatmatters.flow;

/** A flow file that cannot be used. The message names the file, the step (when there is one) and the problem. */
public class InvalidFlowException extends RuntimeException {

    private final String file;
    private final String stepId;
    private final String problem;

    InvalidFlowException(String file, String stepId, Integer line, String problem) {
        super(describe(file, stepId, line, problem));
        this.file = file;
        this.stepId = stepId;
        this.problem = problem;
    }

    private static String describe(String file, String stepId, Integer line, String problem) {
        StringBuilder sb = new StringBuilder("Invalid flow file ").append(file);
        if (stepId != null) {
            sb.append(", step '").append(stepId).append('\'');
        }
        if (line != null) {
            sb.append(", line ").append(line);
        }
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public String stepId() {
        return stepId;
    }

    public String problem() {
        return problem;
    }
}
