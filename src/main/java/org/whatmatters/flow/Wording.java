package org.whatmatters.flow;

import java.util.Map;

/**
 * Text with optional per-channel variants. {@code text} is the default; {@code web}, {@code sms} and
 * {@code voice} replace it on that channel.
 */
public record Wording(String text, Map<String, String> variants) {

    public Wording {
        variants = Map.copyOf(variants);
    }

    static Wording of(String text) {
        return new Wording(text, Map.of());
    }

    public String forChannel(Channel channel) {
        return variants.getOrDefault(channel.key(), text);
    }
}
