package org.whatmatters.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whatmatters.audit.AuditAction;
import org.whatmatters.audit.AuditLog;

/** Staff accounts for sign-in. Passwords are only ever stored hashed; repeated failures lock an account for a while. */
@Service
public class StaffAccounts implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    public record Account(String username, StaffRole role, boolean enabled, boolean locked, OffsetDateTime createdAt) {}

    private final StaffUsers users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final StaffSettings settings;
    private final AuditLog audit;

    StaffAccounts(StaffUsers users, PasswordEncoder encoder, Clock clock, StaffSettings settings, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.username()).password(user.passwordHash()).roles(user.role().name())
                .disabled(!user.enabled()).accountLocked(user.lockedAt(now())).build();
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(String.valueOf(event.getAuthentication().getName())).ifPresent(u -> {
            u.signInFailed(settings.maxFailedLogins(), settings.lockFor(), now());
            if (u.lockedAt(now())) {
                log.warn("Staff account '{}' locked for {} after {} failed sign-ins", u.username(), settings.lockFor(), settings.maxFailedLogins());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(StaffUser::signedIn);
    }

    /** Creates an account (admins, in the dashboard; and tests). */
    @Transactional
    public void create(String username, String password, StaffRole role) {
        create(username, password, role, "system");
    }

    @Transactional
    public void create(String username, String password, StaffRole role, String by) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new IllegalArgumentException("A username is 3 to 100 letters, digits, dots, dashes, underscores or @.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The password must be at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("An account called '" + name + "' already exists.");
        }
        users.save(new StaffUser(name, encoder.encode(password), role, now()));
        audit.record(by, AuditAction.USER_CREATED, null, name + " (" + role + ")");
    }

    @Transactional
    public void setEnabled(String username, boolean enabled, String by) {
        if (username.equals(by)) {
            throw new IllegalArgumentException("You cannot deactivate your own account.");
        }
        StaffUser user = users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("There is no account called '" + username + "'."));
        user.setEnabled(enabled);
        audit.record(by, enabled ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED, null, username);
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        OffsetDateTime now = now();
        return users.findAll().stream().sorted(Comparator.comparing(StaffUser::username))
                .map(u -> new Account(u.username(), u.role(), u.enabled(), u.lockedAt(now), u.createdAt())).toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
