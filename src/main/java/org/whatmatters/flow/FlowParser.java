package org.whatmatters.flow;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one flow file and checks it thoroughly, so that a mistake in a flow stops start-up with a
 * message a flow owner can act on, instead of surprising a person mid-conversation.
 */
public final class FlowParser {

    private static final Set<String> FLOW_KEYS = Set.of("id", "version", "title", "help", "steps");
    private static final Set<String> STEP_KEYS = Set.of("id", "say", "ask", "expect", "options", "min", "max",
            "optional", "slot", "label", "plan", "reprompt", "explain", "help", "next", "branch", "loop",
            "give-up", "end", "consent-version", "summary");
    private static final Set<String> LOOP_KEYS = Set.of("max", "again", "more");
    private static final Set<String> WORDING_KEYS = Set.of("text", "web", "sms", "voice");
    private static final Set<String> END_KINDS = Set.of("completed", "ended");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SLOT = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

    private final String file;

    private FlowParser(String file) {
        this.file = file;
    }

    /** Parses and validates a flow; {@code file} is only used in error messages. */
    public static Flow parse(String file, String yaml) {
        return new FlowParser(file).parse(yaml);
    }

    private Flow parse(String yaml) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw error(null, mark, "bad YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw error(null, (Mark) null, "bad YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode flowNode)) {
            throw error(null, root, "the file must be a mapping with id, version and steps");
        }
        Map<String, Node> fields = fields(null, flowNode, FLOW_KEYS);
        String id = requiredText(null, flowNode, fields, "id");
        if (!ID.matcher(id).matches()) {
            throw error(null, fields.get("id"), "flow id '" + id + "' must use lower-case letters, digits and dashes");
        }
        int version = integer(null, required(null, flowNode, fields, "version"), "version");
        if (version < 1) {
            throw error(null, fields.get("version"), "version must be 1 or more");
        }
        String title = fields.containsKey("title") ? text(null, fields.get("title"), "title") : id;
        Wording help = fields.containsKey("help") ? wording(null, fields.get("help"), "help") : null;
        if (!(required(null, flowNode, fields, "steps") instanceof SequenceNode stepsNode) || stepsNode.getValue().isEmpty()) {
            throw error(null, fields.get("steps"), "steps must be a list with at least one step");
        }
        List<Node> stepNodes = stepsNode.getValue();
        List<String> ids = new ArrayList<>();
        for (Node stepNode : stepNodes) {
            if (!(stepNode instanceof MappingNode m)) {
                throw error(null, stepNode, "each step must be a mapping starting with id");
            }
            Map<String, Node> f = fields(null, m, STEP_KEYS);
            String stepId = requiredText(null, m, f, "id");
            if (!ID.matcher(stepId).matches()) {
                throw error(stepId, f.get("id"), "step id must use lower-case letters, digits and dashes");
            }
            if (ids.contains(stepId)) {
                throw error(stepId, f.get("id"), "duplicate step id");
            }
            ids.add(stepId);
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < stepNodes.size(); i++) {
            String following = i + 1 < ids.size() ? ids.get(i + 1) : null;
            steps.add(step((MappingNode) stepNodes.get(i), following));
        }
        checkReferences(steps, stepNodes);
        checkSlots(steps, stepNodes);
        checkReachable(steps, stepNodes);
        return new Flow(id, version, title, help, steps, yaml, sha256(yaml));
    }

    private Step step(MappingNode node, String following) {
        Map<String, Node> f = fields(null, node, STEP_KEYS);
        String id = text(null, f.get("id"), "id");
        Wording say = f.containsKey("say") ? wording(id, f.get("say"), "say") : null;
        Wording ask = f.containsKey("ask") ? wording(id, f.get("ask"), "ask") : null;
        String end = f.containsKey("end") ? text(id, f.get("end"), "end") : null;
        if (end != null && !END_KINDS.contains(end)) {
            throw error(id, f.get("end"), "end must be 'completed' or 'ended', not '" + end + "'");
        }
        Expect expect;
        if (f.containsKey("expect")) {
            String value = text(id, f.get("expect"), "expect");
            expect = Expect.fromYaml(value).orElseThrow(() -> error(id, f.get("expect"),
                    "unknown expect '" + value + "' (use text, yes-no, choice, scale or pick-answer)"));
        } else {
            expect = ask != null ? Expect.TEXT : Expect.NONE;
        }
        if (expect != Expect.NONE && ask == null) {
            throw error(id, node, "missing question: a step that expects an answer needs 'ask'");
        }
        if (expect == Expect.NONE && ask != null) {
            throw error(id, f.get("expect"), "a step with a question cannot expect 'none'");
        }
        if (say == null && ask == null) {
            throw error(id, node, "missing question: the step needs 'ask' or 'say'");
        }
        if (end != null && expect != Expect.NONE) {
            throw error(id, f.get("end"), "an end step cannot ask a question");
        }
        List<String> options = f.containsKey("options") ? textList(id, f.get("options"), "options") : List.of();
        if (expect == Expect.CHOICE && options.size() < 2) {
            throw error(id, node, "a choice step needs at least two options");
        }
        if (expect != Expect.CHOICE && !options.isEmpty()) {
            throw error(id, f.get("options"), "options only belong on a choice step");
        }
        int min = f.containsKey("min") ? integer(id, f.get("min"), "min") : 0;
        int max = f.containsKey("max") ? integer(id, f.get("max"), "max") : 10;
        if (expect == Expect.SCALE && min >= max) {
            throw error(id, f.get("min"), "min must be less than max");
        }
        boolean optional = f.containsKey("optional") && bool(id, f.get("optional"), "optional");
        String slot = f.containsKey("slot") ? text(id, f.get("slot"), "slot") : null;
        if (slot != null && !SLOT.matcher(slot).matches()) {
            throw error(id, f.get("slot"), "slot '" + slot + "' must use lower-case letters, digits and underscores");
        }
        if (slot != null && (expect == Expect.NONE || expect == Expect.PICK_ANSWER)) {
            throw error(id, f.get("slot"), "only a step that asks for an answer can fill a slot");
        }
        PlanField plan = null;
        if (f.containsKey("plan")) {
            String value = text(id, f.get("plan"), "plan");
            plan = PlanField.fromYaml(value).orElseThrow(() -> error(id, f.get("plan"), "unknown plan field '" + value + "'"));
            if (slot == null) {
                throw error(id, f.get("plan"), "a step with 'plan' needs a 'slot'");
            }
            if (plan.isWellbeingScore() && expect != Expect.SCALE) {
                throw error(id, f.get("plan"), "wellbeing scores need expect: scale");
            }
            if (plan == PlanField.CONSENT && expect != Expect.YES_NO) {
                throw error(id, f.get("plan"), "consent needs expect: yes-no");
            }
        }
        String consentVersion = f.containsKey("consent-version") ? text(id, f.get("consent-version"), "consent-version") : null;
        if (plan == PlanField.CONSENT && consentVersion == null) {
            throw error(id, node, "the consent step needs a consent-version, so the plan records which wording was agreed");
        }
        String label = f.containsKey("label") ? text(id, f.get("label"), "label") : null;
        Loop loop = f.containsKey("loop") ? loop(id, f.get("loop")) : null;
        if (loop != null && expect != Expect.TEXT) {
            throw error(id, f.get("loop"), "only a free-text step can loop");
        }
        Map<String, String> branch = f.containsKey("branch") ? branch(id, f.get("branch"), expect, options, optional, min, max) : Map.of();
        String next = f.containsKey("next") ? text(id, f.get("next"), "next") : null;
        if (end != null && (next != null || !branch.isEmpty())) {
            throw error(id, f.get("end"), "an end step cannot have next or branch");
        }
        if (end == null && next == null) {
            next = following;
            if (next == null) {
                throw error(id, node, "the last step must end the conversation (end: completed or end: ended) or say where to go next");
            }
        }
        String giveUp = f.containsKey("give-up") ? text(id, f.get("give-up"), "give-up") : null;
        boolean summary = f.containsKey("summary") && bool(id, f.get("summary"), "summary");
        if (expect == Expect.PICK_ANSWER && f.containsKey("next") == false) {
            throw error(id, node, "a pick-answer step needs 'next': where to go after the answer is changed");
        }
        return new Step(id, line(node), say, ask, expect, options, min, max, optional, slot, label, plan,
                f.containsKey("reprompt") ? wording(id, f.get("reprompt"), "reprompt") : null,
                f.containsKey("explain") ? wording(id, f.get("explain"), "explain") : null,
                f.containsKey("help") ? wording(id, f.get("help"), "help") : null,
                next, branch, loop, giveUp, end == null ? null : end.toUpperCase(java.util.Locale.ROOT),
                consentVersion, summary);
    }

    private Map<String, String> branch(String id, Node node, Expect expect, List<String> options, boolean optional, int min, int max) {
        if (!(node instanceof MappingNode m)) {
            throw error(id, node, "branch must map answers to step ids, like  no: declined");
        }
        Map<String, String> branch = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = text(id, t.getKeyNode(), "branch");
            String target = text(id, t.getValueNode(), "branch target");
            boolean ok = switch (expect) {
                case YES_NO -> key.equals("yes") || key.equals("no");
                case CHOICE -> options.contains(key);
                case SCALE -> validRange(key, min, max);
                default -> false;
            };
            if (key.equals("skipped")) {
                ok = optional;
            }
            if (!ok) {
                throw error(id, t.getKeyNode(), "branch answer '" + key + "' can never happen on a " + expect.yamlName()
                        + " step" + (key.equals("skipped") ? " that is not optional" : ""));
            }
            branch.put(key, target);
        }
        return branch;
    }

    private static boolean validRange(String key, int min, int max) {
        var m = RANGE.matcher(key);
        if (!m.matches()) {
            return false;
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        return from <= to && from >= min && to <= max;
    }

    private Loop loop(String id, Node node) {
        if (!(node instanceof MappingNode m)) {
            throw error(id, node, "loop must be a mapping with max and again");
        }
        Map<String, Node> f = fields(id, m, LOOP_KEYS);
        int max = integer(id, required(id, m, f, "max"), "loop max");
        if (max < 1 || max > 20) {
            throw error(id, f.get("max"), "loop max must be between 1 and 20");
        }
        Wording again = wording(id, required(id, m, f, "again"), "loop again");
        Wording more = f.containsKey("more") ? wording(id, f.get("more"), "loop more") : Wording.of("Go on, I'm listening.");
        return new Loop(max, again, more);
    }

    private void checkReferences(List<Step> steps, List<Node> nodes) {
        Set<String> ids = new HashSet<>();
        steps.forEach(s -> ids.add(s.id()));
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            List<String> targets = new ArrayList<>();
            if (s.next() != null) {
                targets.add(s.next());
            }
            targets.addAll(s.branch().values());
            if (s.giveUp() != null) {
                targets.add(s.giveUp());
            }
            for (String target : targets) {
                if (!ids.contains(target)) {
                    throw error(s.id(), nodes.get(i), "unknown next step '" + target + "'");
                }
                if (target.equals(s.id())) {
                    throw error(s.id(), nodes.get(i), "a step cannot go to itself (use loop for repeated questions)");
                }
            }
        }
    }

    private void checkSlots(List<Step> steps, List<Node> nodes) {
        Map<String, String> seen = new HashMap<>();
        Map<PlanField, String> scores = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.slot() != null) {
                String other = seen.putIfAbsent(s.slot(), s.id());
                if (other != null) {
                    throw error(s.id(), nodes.get(i), "duplicate slot '" + s.slot() + "' (also filled by step '" + other + "')");
                }
            }
            if (s.plan() != null && (s.plan().isWellbeingScore() || s.plan() == PlanField.CONSENT || s.plan() == PlanField.PREFERRED_NAME)) {
                String other = scores.putIfAbsent(s.plan(), s.id());
                if (other != null) {
                    throw error(s.id(), nodes.get(i), "plan field '" + s.plan().yamlName() + "' is already filled by step '" + other + "'");
                }
            }
        }
    }

    private void checkReachable(List<Step> steps, List<Node> nodes) {
        Map<String, Step> byId = new HashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        Set<String> reached = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(steps.get(0).id()));
        boolean canEnd = false;
        while (!todo.isEmpty()) {
            Step s = byId.get(todo.pop());
            if (!reached.add(s.id())) {
                continue;
            }
            canEnd |= s.isEnd();
            if (s.next() != null) {
                todo.push(s.next());
            }
            s.branch().values().forEach(todo::push);
            if (s.giveUp() != null) {
                todo.push(s.giveUp());
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (!reached.contains(steps.get(i).id())) {
                throw error(steps.get(i).id(), nodes.get(i), "unreachable step: no other step leads here");
            }
        }
        if (!canEnd) {
            throw error(null, (Node) null, "no step ends the conversation (add a step with end: completed)");
        }
    }

    private Map<String, Node> fields(String stepId, MappingNode node, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        String id = stepId;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode v) {
                id = v.getValue();
            }
        }
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(id, t.getKeyNode(), "keys must be plain words");
            }
            if (!allowed.contains(k.getValue())) {
                throw error(id, k, "unknown key '" + k.getValue() + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
            fields.put(k.getValue(), t.getValueNode());
        }
        return fields;
    }

    private Node required(String stepId, Node parent, Map<String, Node> fields, String key) {
        Node n = fields.get(key);
        if (n == null) {
            throw error(stepId, parent, "missing '" + key + "'");
        }
        return n;
    }

    private String requiredText(String stepId, Node parent, Map<String, Node> fields, String key) {
        return text(stepId, required(stepId, parent, fields, key), key);
    }

    private String text(String stepId, Node node, String what) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw error(stepId, node, what + " must be a non-empty text");
        }
        return s.getValue().strip();
    }

    private int integer(String stepId, Node node, String what) {
        String value = text(stepId, node, what);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(stepId, node, what + " must be a whole number, not '" + value + "'");
        }
    }

    private boolean bool(String stepId, Node node, String what) {
        String value = text(stepId, node, what);
        return switch (value) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(stepId, node, what + " must be true or false");
        };
    }

    private List<String> textList(String stepId, Node node, String what) {
        if (!(node instanceof SequenceNode seq)) {
            throw error(stepId, node, what + " must be a list");
        }
        List<String> values = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String v = text(stepId, item, what);
            if (values.contains(v)) {
                throw error(stepId, item, "duplicate option '" + v + "'");
            }
            values.add(v);
        }
        return values;
    }

    private Wording wording(String stepId, Node node, String what) {
        if (node instanceof ScalarNode) {
            return Wording.of(text(stepId, node, what));
        }
        if (!(node instanceof MappingNode m)) {
            throw error(stepId, node, what + " must be a text, or a mapping with text, web, sms and voice");
        }
        Map<String, Node> f = fields(stepId, m, WORDING_KEYS);
        String text = text(stepId, required(stepId, m, f, "text"), what + " text");
        Map<String, String> variants = new LinkedHashMap<>();
        for (String channel : List.of("web", "sms", "voice")) {
            if (f.containsKey(channel)) {
                variants.put(channel, text(stepId, f.get(channel), what + " " + channel));
            }
        }
        return new Wording(text, variants);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private InvalidFlowException error(String stepId, Node node, String problem) {
        return new InvalidFlowException(file, stepId, node == null ? null : line(node), problem);
    }

    private InvalidFlowException error(String stepId, Mark mark, String problem) {
        return new InvalidFlowException(file, stepId, mark == null ? null : mark.getLine() + 1, problem);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
