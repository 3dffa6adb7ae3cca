package org.whatmatters.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A softmax regression over a clause's sentence embedding and its words: for one clause, how likely it is to be
 * each risk category or no risk at all. The embedding carries what the clause is about; the words (and word pairs,
 * hashed into {@code words} slots) carry what embeddings blur, such as a "not" or "never", or "tablets" next to
 * "saving". Together they found more risks from writers the model had never seen than either alone
 * (docs/nlp-evaluation.md). The weights are trained from the labelled set and the reviewed statements, outside the service, by
 * {@code SafetyModelTrainer} (see docs/nlp-evaluation.md), and read from {@code safety-model.txt}.
 *
 * @param classes "none" first, then risk categories
 * @param threshold a clause is a risk when the chance of "none" is at most 1 - threshold
 * @param fingerprint of the data it was trained on, so a test can tell when it needs training again
 * @param words how many slots the hashed words take; the weights hold one row per embedding number, then these
 */
record SafetyModel(List<String> classes, double[][] weights, double[] bias, double threshold, String fingerprint, int words) {

    static final String RESOURCE = "safety-model.txt";
    private static final Pattern WORD = Pattern.compile("[a-z']+");

    /** The words and word pairs of a clause, hashed into slots; unit length. */
    record Words(int[] slots, double[] values) {

        static Words of(String clause, int size) {
            List<String> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(clause.toLowerCase(Locale.ROOT));
            while (m.find()) {
                tokens.add(m.group());
            }
            Map<Integer, Double> counts = new TreeMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                counts.merge(slot(tokens.get(i), size), 1.0, Double::sum);
                if (i > 0) {
                    counts.merge(slot(tokens.get(i - 1) + "_" + tokens.get(i), size), 1.0, Double::sum);
                }
            }
            double norm = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
            int[] slots = new int[counts.size()];
            double[] values = new double[counts.size()];
            int j = 0;
            for (Map.Entry<Integer, Double> e : counts.entrySet()) {
                slots[j] = e.getKey();
                values[j++] = e.getValue() / norm;
            }
            return new Words(slots, values);
        }

        private static int slot(String feature, int size) {
            CRC32 crc = new CRC32();
            crc.update(feature.getBytes(StandardCharsets.UTF_8));
            return (int) (crc.getValue() % size);
        }
    }

    /** Probabilities of each class for one clause (its embedding and its text), in the order of {@link #classes()}. */
    double[] probabilities(float[] embedding, String clause) {
        return probabilities(embedding, Words.of(clause, words));
    }

    double[] probabilities(float[] embedding, Words w) {
        int k = classes.size();
        double[] z = bias.clone();
        for (int i = 0; i < embedding.length; i++) {
            double xi = embedding[i];
            double[] row = weights[i];
            for (int c = 0; c < k; c++) {
                z[c] += xi * row[c];
            }
        }
        int offset = weights.length - words;
        for (int j = 0; j < w.slots().length; j++) {
            double[] row = weights[offset + w.slots()[j]];
            for (int c = 0; c < k; c++) {
                z[c] += w.values()[j] * row[c];
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
        Integer words = null;
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
                case "words" -> words = Integer.parseInt(f[1]);
                case "classes" -> classes = List.of(f).subList(1, f.length);
                case "bias" -> bias = numbers(f);
                case "w" -> rows.add(numbers(f));
                default -> throw new IllegalStateException(RESOURCE + ": unexpected line starting " + f[0]);
            }
        }
        boolean complete = fingerprint != null && threshold != null && classes != null && bias != null && words != null
                && words >= 0 && rows.size() > words
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
        return new SafetyModel(classes, rows.toArray(double[][]::new), bias, threshold, fingerprint, words);
    }

    private static double[] numbers(String[] f) {
        double[] out = new double[f.length - 1];
        for (int i = 1; i < f.length; i++) {
            out[i - 1] = Double.parseDouble(f[i]);
        }
        return out;
    }
}
