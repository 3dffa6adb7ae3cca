package org.whatmatters.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.whatmatters.nlp.Embeddings;
import org.yaml.snakeyaml.Yaml;

/**
 * Trains {@link SafetyModel} from the train and dev parts of src/test/resources/nlp/nlp-dataset.yaml and the reviewed
 * statements in safety-references.yaml, and writes src/main/resources/org/whatmatters/safety/safety-model.txt. The
 * held-out test part is never read. Picks the regularisation and the threshold by cross-validation with one fold per writer, over whole
 * sentences: the most risks found (rules or model) while false alarms stay at or under 5% on idioms, benign words and
 * negations and on ordinary answers. Deterministic: the same data gives the same file. Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.whatmatters.safety.SafetyModelTrainer}
 */
public final class SafetyModelTrainer {

    static final List<String> CLASSES = List.of("none", "SUICIDE", "SELF_HARM", "ABUSE", "HARM_TO_OTHERS", "CHILD_AT_RISK",
            "MEDICAL_EMERGENCY", "SELF_NEGLECT");
    private static final double[] L2 = {0.0001, 0.0005};
    private static final double RISK_WEIGHT = 1.5;
    private static final int EPOCHS = 400;
    /** The bar itself: held-out false alarms have tracked the cross-validated ones within about a point. */
    private static final double MAX_FALSE_ALARMS = 0.05;
    private static final int WORDS = 4096;
    private static final String VERSION = "softmax-adam-words-writerfolds-v4";

    /** One labelled sentence of the set, or one reviewed statement (group = its own). */
    record Sentence(String id, String label, String kind, List<String> clauses, boolean flaggedByRules) {
        boolean risk() {
            return !label.equals("none");
        }

        boolean benign() {
            return !risk() && (kind.equals("idiom") || kind.equals("benign-risk-word") || kind.equals("negation"));
        }
    }

    private SafetyModelTrainer() {}

    public static void main(String[] args) throws IOException {
        List<Sentence> data = trainingData();
        String fingerprint = fingerprint(data);
        Embeddings embeddings = Embeddings.shared();
        List<double[]> x = new ArrayList<>();
        List<SafetyModel.Words> words = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int s = 0; s < data.size(); s++) {
            Sentence sentence = data.get(s);
            List<String> prepared = sentence.clauses().stream().map(SemanticSafety::prepare).toList();
            List<float[]> vectors = embeddings.embedAll(prepared);
            for (int c = 0; c < vectors.size(); c++) {
                float[] v = vectors.get(c);
                words.add(SafetyModel.Words.of(prepared.get(c), WORDS));
                double[] d = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    d[i] = v[i];
                }
                x.add(d);
                y.add(CLASSES.indexOf(sentence.label()));
                owner.add(s);
            }
        }
        System.out.printf("%d sentences and statements, %d clauses%n", data.size(), x.size());

        // One fold per writer: the threshold is chosen on sentences whose writer the fold's model never saw, as in
        // use, where every person is new. (Random folds let a writer's habits leak between folds.) The reviewed
        // statements are never held out.
        List<String> writers = new ArrayList<>();
        int[] fold = new int[data.size()];
        for (int s = 0; s < data.size(); s++) {
            String writer = writer(data.get(s).id());
            if (writer == null) {
                fold[s] = -1;
                continue;
            }
            if (!writers.contains(writer)) {
                writers.add(writer);
            }
            fold[s] = writers.indexOf(writer);
        }
        System.out.printf("%d writers: %s%n", writers.size(), writers);
        double bestL2 = L2[0];
        double bestThreshold = 0.5;
        double bestRecall = -1;
        double bestAlarms = 1;
        for (double l2 : L2) {
            double[][] risk = new double[data.size()][];
            double[] maxRisk = new double[data.size()];
            for (int f = 0; f < writers.size(); f++) {
                List<Integer> train = new ArrayList<>();
                for (int i = 0; i < x.size(); i++) {
                    if (fold[owner.get(i)] != f) {
                        train.add(i);
                    }
                }
                SafetyModel m = train(x, words, y, train, l2, 0.5, fingerprint);
                for (int i = 0; i < x.size(); i++) {
                    int s = owner.get(i);
                    if (fold[s] == f) {
                        maxRisk[s] = Math.max(maxRisk[s], 1 - m.probabilities(toFloat(x.get(i)), words.get(i))[0]);
                    }
                }
            }
            risk[0] = maxRisk;
            for (int step = 0; step <= 26; step++) {
                double t = 0.30 + step * 0.025;
                int found = 0, risks = 0, benignAlarms = 0, benign = 0, plainAlarms = 0, plain = 0;
                for (int s = 0; s < data.size(); s++) {
                    Sentence sentence = data.get(s);
                    if (sentence.id().startsWith("statement")) {
                        continue;
                    }
                    boolean flagged = sentence.flaggedByRules() || maxRisk[s] >= t;
                    if (sentence.risk()) {
                        risks++;
                        found += flagged ? 1 : 0;
                    } else if (sentence.benign()) {
                        benign++;
                        benignAlarms += flagged ? 1 : 0;
                    } else {
                        plain++;
                        plainAlarms += flagged ? 1 : 0;
                    }
                }
                double recall = (double) found / risks;
                double alarms = Math.max((double) benignAlarms / benign, (double) plainAlarms / plain);
                System.out.printf("l2 %.4f threshold %.3f: risks found %d of %d (%.3f), false alarms benign %d of %d, ordinary %d of %d%n",
                        l2, t, found, risks, recall, benignAlarms, benign, plainAlarms, plain);
                if (alarms <= MAX_FALSE_ALARMS && (recall > bestRecall || (recall == bestRecall && alarms < bestAlarms))) {
                    bestRecall = recall;
                    bestAlarms = alarms;
                    bestL2 = l2;
                    bestThreshold = Math.round(t * 1000) / 1000.0;
                }
            }
        }
        System.out.printf("chosen: l2 %.4f threshold %.3f (cross-validated recall %.3f, false alarms %.3f)%n", bestL2, bestThreshold, bestRecall, bestAlarms);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            all.add(i);
        }
        SafetyModel model = train(x, words, y, all, bestL2, bestThreshold, fingerprint);
        write(model, Path.of("src/main/resources/org/whatmatters/safety", SafetyModel.RESOURCE), bestL2, bestRecall, bestAlarms, data.size());
    }

    /**
     * Who wrote a sentence, from its id: "w3-0042" -> "w3", "r017" -> "r", "s0101" -> "s"; null for a reviewed
     * statement.
     */
    static String writer(String id) {
        if (id.startsWith("statement")) {
            return null;
        }
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id.replaceAll("[0-9]+$", "");
    }

    /** The train and dev parts of the labelled set and the reviewed statements, split into clauses as in use. */
    @SuppressWarnings("unchecked")
    static List<Sentence> trainingData() throws IOException {
        List<Map<String, Object>> raw;
        try (InputStream in = SafetyModelTrainer.class.getResourceAsStream("/nlp/nlp-dataset.yaml")) {
            raw = new Yaml().load(in);
        }
        SafetyCheck rules = new SafetyCheck();
        List<Sentence> out = new ArrayList<>();
        for (Map<String, Object> e : raw) {
            String split = String.valueOf(e.get("split"));
            if (!split.equals("train") && !split.equals("dev")) {
                continue;
            }
            String text = String.valueOf(e.get("text"));
            String label = e.get("safety") instanceof Map<?, ?> m ? String.valueOf(m.get("category")) : "none";
            out.add(new Sentence(String.valueOf(e.get("id")), label, String.valueOf(e.get("kind")), clauses(text), rules.check(text).isPresent()));
        }
        int n = 0;
        for (String[] statement : SemanticSafety.statements()) {
            out.add(new Sentence("statement" + n++, statement[0], "statement", clauses(statement[1]), false));
        }
        return out;
    }

    private static List<String> clauses(String text) {
        return SafetyCheck.clauses(text).stream().map(SafetyCheck.Clause::text).toList();
    }

    /** What the model was trained from: the method, the settings and every labelled clause, in order. */
    static String fingerprint(List<Sentence> data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((VERSION + Arrays.toString(L2) + RISK_WEIGHT + EPOCHS + MAX_FALSE_ALARMS + WORDS).getBytes(StandardCharsets.UTF_8));
            for (Sentence s : data) {
                sha.update((s.label() + "\t" + s.kind() + "\t" + s.flaggedByRules() + "\t" + String.join("\t", s.clauses()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Softmax regression with L2 over the embedding and the hashed words, full-batch Adam; risk classes weigh
     * RISK_WEIGHT times a "none" example. The words are sparse: only their own rows are touched per example.
     */
    static SafetyModel train(List<double[]> x, List<SafetyModel.Words> words, List<Integer> y, List<Integer> rows, double l2,
                             double threshold, String fingerprint) {
        int e = x.get(0).length;
        int d = e + WORDS;
        int k = CLASSES.size();
        double[][] w = new double[d][k];
        double[] b = new double[k];
        double[][] mw = new double[d][k], vw = new double[d][k];
        double[] mb = new double[k], vb = new double[k];
        double rate = 0.05, beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        double totalWeight = 0;
        for (int r : rows) {
            totalWeight += y.get(r) == 0 ? 1 : RISK_WEIGHT;
        }
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            double[][] gw = new double[d][k];
            double[] gb = new double[k];
            for (int r : rows) {
                double[] xi = x.get(r);
                SafetyModel.Words wi = words.get(r);
                double[] z = b.clone();
                for (int i = 0; i < e; i++) {
                    for (int c = 0; c < k; c++) {
                        z[c] += xi[i] * w[i][c];
                    }
                }
                for (int j = 0; j < wi.slots().length; j++) {
                    for (int c = 0; c < k; c++) {
                        z[c] += wi.values()[j] * w[e + wi.slots()[j]][c];
                    }
                }
                double[] p = SafetyModel.softmax(z);
                double weight = (y.get(r) == 0 ? 1 : RISK_WEIGHT) / totalWeight;
                p[y.get(r)] -= 1;
                for (int c = 0; c < k; c++) {
                    p[c] *= weight;
                    gb[c] += p[c];
                }
                for (int i = 0; i < e; i++) {
                    for (int c = 0; c < k; c++) {
                        gw[i][c] += xi[i] * p[c];
                    }
                }
                for (int j = 0; j < wi.slots().length; j++) {
                    for (int c = 0; c < k; c++) {
                        gw[e + wi.slots()[j]][c] += wi.values()[j] * p[c];
                    }
                }
            }
            double c1 = 1 - Math.pow(beta1, epoch), c2 = 1 - Math.pow(beta2, epoch);
            for (int i = 0; i < d; i++) {
                for (int c = 0; c < k; c++) {
                    double g = gw[i][c] + l2 * w[i][c];
                    mw[i][c] = beta1 * mw[i][c] + (1 - beta1) * g;
                    vw[i][c] = beta2 * vw[i][c] + (1 - beta2) * g * g;
                    w[i][c] -= rate * (mw[i][c] / c1) / (Math.sqrt(vw[i][c] / c2) + eps);
                }
            }
            for (int c = 0; c < k; c++) {
                mb[c] = beta1 * mb[c] + (1 - beta1) * gb[c];
                vb[c] = beta2 * vb[c] + (1 - beta2) * gb[c] * gb[c];
                b[c] -= rate * (mb[c] / c1) / (Math.sqrt(vb[c] / c2) + eps);
            }
        }
        return new SafetyModel(CLASSES, w, b, threshold, fingerprint, WORDS);
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    private static void write(SafetyModel m, Path file, double l2, double recall, double alarms, int examples) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("# WhatMatters safety model: softmax regression over all-MiniLM-L6-v2 clause embeddings and hashed words.");
            out.println("# Written by SafetyModelTrainer (docs/nlp-evaluation.md); do not edit by hand. Trained " + LocalDate.now()
                    + " on " + examples + " sentences and statements (train and dev parts, reviewed statements).");
            out.printf("# l2 %.4f; cross-validated: risks found %.3f (rules and model), false alarms at most %.3f%n", l2, recall, alarms);
            out.println("fingerprint " + m.fingerprint());
            out.printf("threshold %.3f%n", m.threshold());
            out.println("words " + m.words());
            out.println("classes " + String.join(" ", m.classes()));
            out.println("bias " + join(m.bias()));
            for (double[] row : m.weights()) {
                out.println("w " + join(row));
            }
        }
        System.out.println("wrote " + file);
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double d : v) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.6g", d));
        }
        return sb.toString();
    }
}
