package org.whatmatters.flow;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir the folder with the flow files
 * @param defaultFlow the flow a new conversation uses when none is named
 */
@ConfigurationProperties("whatmatters.flows")
record FlowSettings(@DefaultValue("conversation-flows") Path dir, @DefaultValue("what-matters") String defaultFlow) {}
