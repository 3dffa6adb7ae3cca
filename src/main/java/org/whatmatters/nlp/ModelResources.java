package org.whatmatters.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the OpenNLP model files that the {@code org.apache.opennlp:opennlp-models-*} jars put at the root of the
 * classpath.
 *
 * <p>Each of those jars holds exactly one {@code *.bin} at its root plus a root {@code model.properties} whose
 * {@code model.name} names that file. The file names carry the model version (e.g.
 * {@code opennlp-en-ud-ewt-pos-1.3-2.5.4.bin}), so a newer model jar renames them. We first try the name we were
 * built against; if it is gone we look through every {@code model.properties} on the classpath for a
 * {@code model.name} containing the expected marker and use that instead (and log it).
 */
final class ModelResources {

    private static final Logger log = LoggerFactory.getLogger(ModelResources.class);

    private ModelResources() {
    }

    /**
     * Opens a model file from the classpath.
     *
     * @param expectedName the file name shipped by the model jar version this module was built against
     * @param marker       a substring every version of that model's file name contains (used for discovery)
     */
    static InputStream open(String expectedName, String marker) {
        ClassLoader cl = classLoader();
        InputStream in = cl.getResourceAsStream(expectedName);
        if (in != null) {
            return new BufferedInputStream(in, 1 << 16);
        }
        String discovered = discover(cl, marker);
        if (discovered == null) {
            throw new IllegalStateException("OpenNLP model '" + expectedName + "' (or any model.properties with model.name"
                    + " containing '" + marker + "') not found on the classpath; is the opennlp-models-* jar missing?");
        }
        log.warn("OpenNLP model {} not found; using {} found through model.properties", expectedName, discovered);
        in = cl.getResourceAsStream(discovered);
        if (in == null) {
            throw new IllegalStateException("model.properties names " + discovered + " but it is not on the classpath");
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    private static String discover(ClassLoader cl, String marker) {
        try {
            Enumeration<URL> urls = cl.getResources("model.properties");
            List<String> names = new ArrayList<>();
            while (urls.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = urls.nextElement().openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name");
                if (name != null) {
                    names.add(name.trim());
                }
            }
            for (String name : names) {
                if (name.contains(marker)) {
                    return name;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader cl = ModelResources.class.getClassLoader();
        return cl != null ? cl : ClassLoader.getSystemClassLoader();
    }
}
