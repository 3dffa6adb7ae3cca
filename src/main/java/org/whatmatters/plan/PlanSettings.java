package org.whatmatters.plan;

import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reviewAfter how long after the conversation the plan's review date falls
 * @param zone the time zone that dates in plans are written in
 */
@ConfigurationProperties("whatmatters.plan")
record PlanSettings(@DefaultValue("P6W") Period reviewAfter, @DefaultValue("Europe/London") ZoneId zone) {}
