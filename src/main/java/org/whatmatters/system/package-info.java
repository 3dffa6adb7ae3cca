/** Cross-cutting set-up: the clock, HTTP error responses (RFC 9457 problem details), OpenAPI. */
package org.whatmatters.system;
