package org.whatmatters.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A person's phone talking to the service the way Twilio does: form-encoded webhooks signed with the
 * account's auth token (the signature computed by twilio-java's own RequestValidator), TwiML back.
 */
public final class Phone {

    private final TestApp app;
    private final String number;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String callSid;

    public Phone(TestApp app, String number) {
        this.app = app;
        this.number = number;
    }

    public static String randomNumber() {
        return "+4477009" + String.format("%05d", (int) (Math.random() * 100000));
    }

    public String number() {
        return number;
    }

    /** Texts the service; returns the TwiML answer. */
    public Response text(String body) {
        return text(body, "SM" + UUID.randomUUID().toString().replace("-", ""));
    }

    public Response text(String body, String messageSid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", messageSid);
        form.put("AccountSid", TwilioFake.ACCOUNT_SID);
        form.put("From", number);
        form.put("To", TwilioFake.FROM);
        form.put("Body", body);
        form.put("NumMedia", "0");
        return post("/twilio/sms", form, sign("/twilio/sms", form));
    }

    /** Rings the service: a new call. */
    public Response call() {
        callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        return post("/twilio/voice", callForm(), null);
    }

    /** Speaks an answer with the given recognition confidence. */
    public Response speak(String words, double confidence) {
        Map<String, String> form = callForm();
        form.put("SpeechResult", words);
        form.put("Confidence", String.valueOf(confidence));
        return post("/twilio/voice/answer", form, null);
    }

    public Response speak(String words) {
        return speak(words, 0.92);
    }

    public Response press(String digits) {
        Map<String, String> form = callForm();
        form.put("Digits", digits);
        return post("/twilio/voice/answer", form, null);
    }

    /** Says nothing until the Gather times out. */
    public Response silence() {
        return post("/twilio/voice/answer", callForm(), null);
    }

    private Map<String, String> callForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", callSid);
        form.put("AccountSid", TwilioFake.ACCOUNT_SID);
        form.put("From", number);
        form.put("To", TwilioFake.FROM);
        form.put("CallStatus", "in-progress");
        return form;
    }

    public Response post(String path, Map<String, String> form, String signature) {
        String sig = signature != null ? signature : sign(path, form);
        return postRaw(path, form, sig);
    }

    public Response postRaw(String path, Map<String, String> form, String signature) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** X-Twilio-Signature for the public URL Twilio would have called, computed by twilio-java itself. */
    public static String sign(String path, Map<String, String> form) {
        return sign(TwilioFake.AUTH_TOKEN, TwilioFake.PUBLIC_URL + path, form);
    }

    public static String sign(String authToken, String url, Map<String, String> form) {
        try {
            RequestValidator validator = new RequestValidator(authToken);
            Method m = RequestValidator.class.getDeclaredMethod("getValidationSignature", String.class, Map.class);
            m.setAccessible(true);
            String signature = (String) m.invoke(validator, url, form);
            assertThat(validator.validate(url, form, signature)).as("twilio-java accepts its own signature").isTrue();
            return signature;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A webhook answer, with its TwiML parsed as XML. */
    public record Response(int status, String body) {

        public Document xml() {
            assertThat(status).as(body).isEqualTo(200);
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
                assertThat(doc.getDocumentElement().getTagName()).isEqualTo("Response");
                return doc;
            } catch (Exception e) {
                throw new AssertionError("Not TwiML: " + body, e);
            }
        }

        /** SMS bodies in order. */
        public List<String> messages() {
            return texts(xml().getElementsByTagName("Message"));
        }

        /** Everything spoken, in order (including text inside Gather and SSML). */
        public List<String> spoken() {
            return texts(xml().getElementsByTagName("Say"));
        }

        public String all() {
            Document doc = xml();
            List<String> texts = new ArrayList<>(texts(doc.getElementsByTagName("Message")));
            texts.addAll(texts(doc.getElementsByTagName("Say")));
            return String.join("\n", texts);
        }

        /** What every phone answer must be: TwiML, never recorded, every question gathered with a keypad alternative. */
        public Response checkedVoice() {
            assertThat(elements("Record")).as("calls are never recorded").isEmpty();
            assertThat(body).doesNotContain("record=");
            for (Element say : elements("Say")) {
                assertThat(say.getTextContent()).as("no empty Say").isNotBlank();
            }
            for (Element gather : elements("Gather")) {
                assertThat(gather.getAttribute("action")).isEqualTo(TwilioFake.PUBLIC_URL + "/twilio/voice/answer");
                assertThat(gather.getAttribute("input")).isEqualTo("speech dtmf");
                assertThat(gather.getAttribute("speechTimeout")).isEqualTo("auto");
                assertThat(gather.getAttribute("actionOnEmptyResult")).isEqualTo("true");
                assertThat(gather.getTextContent().toLowerCase(java.util.Locale.ROOT)).as("a keypad alternative").containsAnyOf("press", "key it in");
            }
            boolean asks = !elements("Gather").isEmpty();
            boolean ends = !elements("Hangup").isEmpty() || !elements("Dial").isEmpty();
            assertThat(asks ^ ends).as("each answer either asks a question or ends the call: " + body).isTrue();
            return this;
        }

        public List<Element> elements(String tag) {
            NodeList nodes = xml().getElementsByTagName(tag);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        }

        private static List<String> texts(NodeList nodes) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent().strip());
            }
            return out;
        }
    }
}
