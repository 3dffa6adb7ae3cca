package org.whatmatters.channel.voice;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoiceCalls extends JpaRepository<VoiceCall, String> {}
