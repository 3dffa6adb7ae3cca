/**
 * The link worker dashboard: the queue, the review page (plan and transcript side by side, evidence,
 * safety flags, corrections, approval), version history, call-backs, charts, and admin pages.
 * Server-rendered with Thymeleaf; everything a person typed is escaped.
 */
package org.whatmatters.review;
