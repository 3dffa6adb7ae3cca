package org.whatmatters.channel.voice;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Say;
import com.twilio.twiml.voice.SsmlProsody;
import java.util.Arrays;
import java.util.List;
import org.whatmatters.channel.twilio.TwilioSettings;

/** Builds one TwiML response: things said, then either a question gathered, a transfer, or a goodbye. */
final class Twiml {

    private final VoiceResponse.Builder response = new VoiceResponse.Builder();
    private final Say.Voice voice;
    private final Say.Language sayLanguage;
    private final Gather.Language gatherLanguage;

    Twiml(TwilioSettings settings) {
        this.voice = Arrays.stream(Say.Voice.values()).filter(v -> v.toString().equalsIgnoreCase(settings.voice())).findFirst().orElse(null);
        this.sayLanguage = Arrays.stream(Say.Language.values()).filter(l -> l.toString().equalsIgnoreCase(settings.language())).findFirst()
                .orElse(Say.Language.EN_GB);
        this.gatherLanguage = Arrays.stream(Gather.Language.values()).filter(l -> l.toString().equalsIgnoreCase(settings.language()))
                .findFirst().orElse(Gather.Language.EN_GB);
    }

    private Say spoken(String text) {
        Say.Builder b = new Say.Builder(text).language(sayLanguage);
        return (voice == null ? b : b.voice(voice)).build();
    }

    Twiml say(String text) {
        if (text != null && !text.isBlank()) {
            response.say(spoken(text.strip()));
        }
        return this;
    }

    /** Fixed safety text, a sentence at a time, slowly, with pauses between. */
    Twiml saySlowly(String text) {
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (sentence.isBlank()) {
                continue;
            }
            Say.Builder b = new Say.Builder().language(sayLanguage).prosody(new SsmlProsody.Builder(sentence.strip()).rate("slow").build());
            response.say((voice == null ? b : b.voice(voice)).build());
            response.pause(new Pause.Builder().length(1).build());
        }
        return this;
    }

    /** Asks a question and waits for speech or keys; Twilio posts the answer (or the silence) to {@code action}. */
    Twiml gather(List<String> spoken, String action) {
        Gather.Builder g = new Gather.Builder().inputs(List.of(Gather.Input.SPEECH, Gather.Input.DTMF)).speechTimeout("auto")
                .action(action).method(HttpMethod.POST).actionOnEmptyResult(true).language(gatherLanguage).timeout(6);
        spoken.stream().filter(s -> s != null && !s.isBlank()).forEach(s -> g.say(spoken(s.strip())));
        response.gather(g.build());
        return this;
    }

    Twiml dial(String number) {
        response.dial(new Dial.Builder(number).build());
        return this;
    }

    Twiml hangup() {
        response.hangup(new Hangup.Builder().build());
        return this;
    }

    String xml() {
        return response.build().toXml();
    }
}
