package org.whatmatters.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.whatmatters.WhatMattersApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the real service on a free port, on its own database: an in-memory H2 database, an H2 file
 * (to survive a restart), or a schema of its own on the PostgreSQL server named by the
 * {@code it.datasource.url} system property (set by the Maven profile {@code postgres}).
 */
public final class TestApp implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> properties;
    private ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestApp(Map<String, Object> properties) {
        this.properties = properties;
    }

    /** A fresh, empty database; a file database when {@code h2File} is given (ignored on PostgreSQL). */
    public static TestApp database(String h2File) {
        Map<String, Object> p = new LinkedHashMap<>();
        String pgUrl = System.getProperty("it.datasource.url", "");
        if (!pgUrl.isBlank()) {
            String schema = "wm_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            p.put("spring.datasource.url", pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            p.put("spring.datasource.username", System.getProperty("it.datasource.username", "postgres"));
            p.put("spring.datasource.password", System.getProperty("it.datasource.password", ""));
            p.put("spring.flyway.schemas", schema);
            p.put("spring.flyway.default-schema", schema);
        } else if (h2File != null) {
            p.put("spring.datasource.url", "jdbc:h2:file:" + h2File);
        } else {
            p.put("spring.datasource.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        p.put("server.port", "0");
        p.put("whatmatters.staff.admin-username", ADMIN);
        p.put("whatmatters.staff.admin-password", ADMIN_PASSWORD);
        p.put("spring.main.banner-mode", "off");
        return new TestApp(p);
    }

    public static TestApp inMemory() {
        return database(null);
    }

    public boolean onPostgres() {
        return String.valueOf(properties.get("spring.datasource.url")).startsWith("jdbc:postgresql");
    }

    public TestApp with(String key, String value) {
        properties.put(key, value);
        return this;
    }

    public TestApp start() {
        SpringApplication app = new SpringApplication(WhatMattersApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        // Command-line arguments outrank application.yaml, so the test's database and accounts are used.
        context = app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        return this;
    }

    /** Stops the service, keeping its database, and starts it again. */
    public TestApp restart() {
        stop();
        return start();
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Stops the service; on PostgreSQL also drops the test's own schema. */
    @Override
    public void close() {
        stop();
        if (onPostgres()) {
            String schema = String.valueOf(properties.get("spring.flyway.schemas"));
            try (var connection = java.sql.DriverManager.getConnection(System.getProperty("it.datasource.url"),
                    System.getProperty("it.datasource.username", "postgres"), System.getProperty("it.datasource.password", ""));
                    var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not drop test schema " + schema, e);
            }
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Response get(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), authorization);
    }

    public Response post(String path, String body, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), authorization);
    }

    public Response postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)), null);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String admin() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    private Response send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
