package org.whatmatters.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated flow: one version of one flow file. */
public record Flow(String id, int version, String title, Wording help, List<Step> steps, String source, String checksum) {

    public Flow {
        steps = List.copyOf(steps);
    }

    public Step first() {
        return steps.get(0);
    }

    public Step step(String stepId) {
        return findStep(stepId).orElseThrow(() -> new IllegalStateException(
                "Flow " + id + " v" + version + " has no step '" + stepId + "'"));
    }

    public Optional<Step> findStep(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** Steps with a slot, in flow order, keyed by slot. */
    public Map<String, Step> stepsBySlot() {
        Map<String, Step> bySlot = new LinkedHashMap<>();
        steps.stream().filter(s -> s.slot() != null).forEach(s -> bySlot.put(s.slot(), s));
        return bySlot;
    }

    public String key() {
        return id + "@" + version;
    }
}
