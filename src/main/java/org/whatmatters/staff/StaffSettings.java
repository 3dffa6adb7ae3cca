package org.whatmatters.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminUsername the first admin account's name
 * @param adminPassword its password; when empty a random one is made and printed once
 */
@ConfigurationProperties("whatmatters.staff")
record StaffSettings(@DefaultValue("admin") String adminUsername, String adminPassword) {}
