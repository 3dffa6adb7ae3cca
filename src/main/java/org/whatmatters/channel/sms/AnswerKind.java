package org.whatmatters.channel.sms;

/** What kind of answer the question expects, so the composer can add the right reply hint. */
enum AnswerKind { NONE, TEXT, YES_NO, CHOICE, SCALE }
