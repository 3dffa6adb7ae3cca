/**
 * The personalised care and support plan: its model, the offline rule-based drafter, storage, and the
 * staff API. Every item keeps the person's own words and the ids of the messages it came from.
 */
package org.whatmatters.plan;
