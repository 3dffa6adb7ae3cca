package org.whatmatters.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A softmax regression over sentence embeddings: for one clause, how likely it is to be each risk category or no
 * risk at all. The weights are trained from the labelled set and the reviewed statements, outside the service, by
 * {@code SafetyModelTrainer} (see docs/nlp-evaluation.md), and read from {@code safety-model.txt}.
 *
 * @param classes "none" first, then risk categories
 * @param threshold a clause is a risk when the chance of "none" is at most 1 - threshold
 * @param fingerprint of the data it was trained on, so a test can tell when it needs training again
 */
record SafetyModel(List<String> classes, double[][] weights, double[] bias, double threshold, String fingerprint) {

    static final String RESOURCE = "safety-model.txt";

    /** Probabilities of each class for one embedding, in the order of {@link #classes()}. */
    double[] probabilities(float[] x) {
        int k = classes.size();
        double[] z = bias.clone();
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double[] row = weights[i];
            for (int c = 0; c < k; c++) {
                z[c] += xi * row[c];
            }
        }
        return softmax(z);
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    static SafetyModel load() {
        try (InputStream in = SafetyModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SafetyModel read(BufferedReader reader) throws IOException {
        String fingerprint = null;
        Double threshold = null;
        List<String> classes = null;
        double[] bias = null;
        List<double[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            switch (f[0]) {
                case "fingerprint" -> fingerprint = f[1];
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "classes" -> classes = List.of(f).subList(1, f.length);
                case "bias" -> bias = numbers(f);
                case "w" -> rows.add(numbers(f));
                default -> throw new IllegalStateException(RESOURCE + ": unexpected line starting " + f[0]);
            }
        }
        boolean complete = fingerprint != null && threshold != null && classes != null && bias != null && !rows.isEmpty()
                && "none".equals(classes.get(0)) && bias.length == classes.size();
        for (double[] row : rows) {
            complete &= bias != null && row.length == bias.length;
        }
        if (!complete) {
            throw new IllegalStateException(RESOURCE + " is incomplete or inconsistent; train it again");
        }
        for (String c : classes.subList(1, classes.size())) {
            SafetyCategory.valueOf(c);
        }
        return new SafetyModel(classes, rows.toArray(double[][]::new), bias, threshold, fingerprint);
    }

    private static double[] numbers(String[] f) {
        double[] out = new double[f.length - 1];
        for (int i = 1; i < f.length; i++) {
            out[i - 1] = Double.parseDouble(f[i]);
        }
        return out;
    }
}
