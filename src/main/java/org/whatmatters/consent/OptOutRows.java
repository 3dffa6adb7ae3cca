package org.whatmatters.consent;

import org.springframework.data.jpa.repository.JpaRepository;

interface OptOutRows extends JpaRepository<OptOut, String> {}
