package org.whatmatters.safety;

// TEMPORARY compile placeholder, replaced by the real rules before commit.
public final class SafetyCheck {
    public java.util.Optional<SafetyFinding> check(String text) { return java.util.Optional.empty(); }
}
