package org.whatmatters.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUsers extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);
}
