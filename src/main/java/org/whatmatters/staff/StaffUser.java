package org.whatmatters.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "staff_user")
class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private StaffRole role;
    private boolean enabled;
    private OffsetDateTime createdAt;
    private int failedLogins;
    private OffsetDateTime lockedUntil;

    protected StaffUser() {}

    StaffUser(String username, String passwordHash, StaffRole role, OffsetDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** After {@code max} failed sign-ins in a row the account is locked for {@code lockFor}. */
    void signInFailed(int max, java.time.Duration lockFor, OffsetDateTime now) {
        failedLogins++;
        if (failedLogins >= max) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    void signedIn() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    String username() { return username; }
    String passwordHash() { return passwordHash; }
    StaffRole role() { return role; }
    boolean enabled() { return enabled; }
}
