package org.whatmatters.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the first admin account exists. With ADMIN_PASSWORD set, that password is the admin's;
 * without it, a random password is made the first time and printed once.
 */
@Component
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffUsers users;
    private final PasswordEncoder encoder;
    private final StaffSettings settings;
    private final Clock clock;

    InitialAdmin(StaffUsers users, PasswordEncoder encoder, StaffSettings settings, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String username = settings.adminUsername();
        String password = settings.adminPassword();
        boolean configured = password != null && !password.isBlank();
        var existing = users.findByUsername(username);
        if (existing.isPresent()) {
            if (configured && !encoder.matches(password, existing.get().passwordHash())) {
                existing.get().changePasswordHash(encoder.encode(password));
                log.info("Admin account '{}': password updated from ADMIN_PASSWORD", username);
            }
            return;
        }
        if (!configured) {
            password = randomPassword();
            System.out.println("""

                    ================================================================
                     WhatMatters: first admin account created
                       username: %s
                       password: %s
                     This is shown only once. Set ADMIN_PASSWORD to choose your own.
                    ================================================================
                    """.formatted(username, password));
        }
        users.save(new StaffUser(username, encoder.encode(password), StaffRole.ADMIN, OffsetDateTime.now(clock)));
        log.info("Admin account '{}' created", username);
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
