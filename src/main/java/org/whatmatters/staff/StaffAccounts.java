package org.whatmatters.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts for sign-in. Passwords are only ever stored hashed. */
@Service
public class StaffAccounts implements UserDetailsService {

    private final StaffUsers users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffAccounts(StaffUsers users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.username()).password(user.passwordHash()).roles(user.role().name())
                .disabled(!user.enabled()).build();
    }

    /** Creates an account (used by admins, and by tests). */
    @Transactional
    public void create(String username, String password, StaffRole role) {
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("An account called '" + username + "' already exists.");
        }
        users.save(new StaffUser(username, encoder.encode(password), role, OffsetDateTime.now(clock)));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }
}
