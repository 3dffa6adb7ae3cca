package org.whatmatters.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The flows this service can run. Loads every file in the flows folder at start-up (an invalid file
 * stops start-up), and keeps a copy of each version in the database so a conversation can always
 * finish on the version it started with.
 */
@Component
public class FlowRegistry {

    private static final Logger log = LoggerFactory.getLogger(FlowRegistry.class);

    private final JdbcClient jdbc;
    private final Map<String, Flow> current = new TreeMap<>();
    private final Map<String, Flow> byKey = new ConcurrentHashMap<>();

    FlowRegistry(FlowSettings settings, JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        List<Flow> loaded = loadFolder(settings.dir());
        tx.executeWithoutResult(status -> loaded.forEach(this::remember));
        log.info("Loaded {} flow(s) from {}: {}", loaded.size(), settings.dir(),
                loaded.stream().map(Flow::key).toList());
    }

    /** Reads and validates every flow file in a folder; the first problem found stops everything. */
    public static List<Flow> loadFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The flows folder " + dir.toAbsolutePath()
                    + " does not exist. Set WHATMATTERS_FLOWS_DIR to the folder that holds the flow files.");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No flow files (*.yaml) in " + dir.toAbsolutePath());
        }
        Map<String, String> seen = new TreeMap<>();
        return files.stream().map(file -> {
            Flow flow = FlowParser.parse(file.toString(), read(file));
            String other = seen.put(flow.key(), file.toString());
            if (other != null) {
                throw new InvalidFlowException(file.toString(), null, null,
                        "flow '" + flow.id() + "' version " + flow.version() + " is also defined in " + other);
            }
            return flow;
        }).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read flow file " + file, e);
        }
    }

    private void remember(Flow flow) {
        Optional<String> stored = jdbc.sql("select checksum from flow_definition where flow_id = ? and version = ?")
                .params(flow.id(), flow.version()).query(String.class).optional();
        if (stored.isEmpty()) {
            jdbc.sql("insert into flow_definition (flow_id, version, checksum, source, loaded_at) values (?, ?, ?, ?, ?)")
                    .params(flow.id(), flow.version(), flow.checksum(), flow.source(), OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } else if (!stored.get().equals(flow.checksum())) {
            throw new IllegalStateException("Flow '" + flow.id() + "' version " + flow.version()
                    + " has changed since it was first used. Conversations may still be on that version:"
                    + " give the changed flow a new version number.");
        }
        byKey.put(flow.key(), flow);
        current.merge(flow.id(), flow, (a, b) -> a.version() >= b.version() ? a : b);
    }

    /** The newest version of a flow, for new conversations. */
    public Optional<Flow> latest(String flowId) {
        return Optional.ofNullable(current.get(flowId));
    }

    /** An exact version, from the files or, if it is no longer in a file, from the stored copy. */
    public Flow version(String flowId, int version) {
        return byKey.computeIfAbsent(flowId + "@" + version, key -> {
            String source = jdbc.sql("select source from flow_definition where flow_id = ? and version = ?")
                    .params(flowId, version).query(String.class).optional()
                    .orElseThrow(() -> new IllegalStateException("No stored copy of flow " + key));
            return FlowParser.parse("stored copy of " + key, source);
        });
    }

    public List<Flow> all() {
        return current.values().stream().sorted(Comparator.comparing(Flow::id)).toList();
    }
}
