package org.whatmatters.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stand-in for Twilio's REST API (WireMock on a local port): records every message the service sends. */
public final class TwilioFake implements AutoCloseable {

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String AUTH_TOKEN = "test-auth-token-not-a-secret-0001";
    public static final String FROM = "+447700900000";
    public static final String PUBLIC_URL = "https://whatmatters.example.test";
    public static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    public TwilioFake() {
        server.start();
        acceptMessages();
    }

    /** Twilio accepts every message. */
    public void acceptMessages() {
        server.resetAll();
        server.stubFor(WireMock.post(urlPathMatching(".*/Messages.json")).willReturn(created()));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"sid": "SM0123456789abcdef0123456789abcdef", "account_sid": "%s", "status": "queued", "body": "x"}""".formatted(ACCOUNT_SID));
    }

    /** Twilio answers with these statuses in turn, then accepts. */
    public void answerInTurn(int... statuses) {
        server.resetAll();
        String state = Scenario.STARTED;
        for (int i = 0; i < statuses.length; i++) {
            String next = "attempt-" + (i + 2);
            server.stubFor(WireMock.post(urlPathMatching(".*/Messages.json")).inScenario("retry").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(statuses[i]).withHeader("Content-Type", "application/json")
                            .withBody("{\"code\": " + (statuses[i] == 429 ? 20429 : 20500) + ", \"message\": \"busy\", \"status\": " + statuses[i] + "}"))
                    .willSetStateTo(next));
            state = next;
        }
        server.stubFor(WireMock.post(urlPathMatching(".*/Messages.json")).inScenario("retry").whenScenarioStateIs(state).willReturn(created()));
    }

    /** Twilio refuses: the number has opted out (error 21610). */
    public void refuseAsOptedOut() {
        server.resetAll();
        server.stubFor(WireMock.post(urlPathMatching(".*/Messages.json")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\", \"status\": 400}")));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The messages sent, oldest first, as their form fields (To, From, Body, ...). */
    public List<Map<String, String>> sent() {
        return server.findAll(postRequestedFor(urlPathMatching(".*/Messages.json"))).stream().map(TwilioFake::form).toList();
    }

    public List<String> sentTo(String phone) {
        return sent().stream().filter(m -> phone.equals(m.get("To"))).map(m -> m.get("Body")).toList();
    }

    public int requests() {
        return server.findAll(postRequestedFor(urlPathMatching(".*/Messages.json"))).size();
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        fields.put("_path", request.getUrl());
        fields.put("_auth", request.getHeader("Authorization"));
        return fields;
    }

    /** The settings that point a test service at this stand-in. */
    public TestApp configure(TestApp app) {
        return app.with("whatmatters.twilio.account-sid", ACCOUNT_SID)
                .with("whatmatters.twilio.auth-token", AUTH_TOKEN)
                .with("whatmatters.twilio.from-number", FROM)
                .with("whatmatters.twilio.api-base-url", baseUrl())
                .with("whatmatters.twilio.public-base-url", PUBLIC_URL)
                .with("whatmatters.twilio.retry-backoff", "PT0.05S");
    }

    @Override
    public void close() {
        server.stop();
    }
}
