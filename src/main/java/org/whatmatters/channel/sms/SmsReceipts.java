package org.whatmatters.channel.sms;

import org.springframework.data.jpa.repository.JpaRepository;

interface SmsReceipts extends JpaRepository<SmsReceipt, String> {}
