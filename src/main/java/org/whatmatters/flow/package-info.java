/**
 * Flow definitions read from YAML files in {@code conversation-flows/}, their validation, and the
 * flow engine: a pure function from (flow, state, input) to (state, replies, events). Knows nothing
 * about HTTP, channels' protocols or storage.
 */
package org.whatmatters.flow;
