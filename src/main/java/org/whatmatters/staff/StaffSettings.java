package org.whatmatters.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminUsername the first admin account's name
 * @param adminPassword its password; when empty a random one is made and printed once
 * @param maxFailedLogins failed sign-ins in a row before an account is locked
 * @param lockFor how long a locked account stays locked
 */
@ConfigurationProperties("whatmatters.staff")
record StaffSettings(@DefaultValue("admin") String adminUsername, String adminPassword, @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("PT15M") java.time.Duration lockFor) {}
