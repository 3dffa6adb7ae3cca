package org.whatmatters.channel.sms;

import org.springframework.data.jpa.repository.JpaRepository;

interface Invitations extends JpaRepository<Invitation, String> {}
