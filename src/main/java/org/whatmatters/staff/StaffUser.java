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

    protected StaffUser() {}

    StaffUser(String username, String passwordHash, StaffRole role, OffsetDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    String username() { return username; }
    String passwordHash() { return passwordHash; }
    StaffRole role() { return role; }
    boolean enabled() { return enabled; }
}
