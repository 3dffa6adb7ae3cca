package org.whatmatters.staff;

public enum StaffRole {
    LINK_WORKER, ADMIN
}
