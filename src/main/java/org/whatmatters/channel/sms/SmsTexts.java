package org.whatmatters.channel.sms;

/** Fixed texts for SMS housekeeping. Short, plain, GSM-7 only. */
final class SmsTexts {

    static final String HELP = "WhatMatters asks about what matters to you, for your link worker. Reply to answer the questions."
            + " Text STOP to stop all messages. If you need help now, call 999, or NHS 111 and choose option 2.";
    static final String HELP_SHORT = "Text STOP to stop all messages. If you need help now, call 999, or NHS 111 and choose option 2.";
    static final String OPTED_OUT = "OK. We won't text or call you again. If you change your mind, text START."
            + " If you need help now, call 999, or NHS 111 and choose option 2.";
    static final String OPTED_IN = "Welcome back. You can get messages from WhatMatters again. Text anything to start a chat, or HELP for help.";
    static final String NOT_TEXT = "Sorry, I can only read words in a text message. Please send your answer as text.";
    static final String TOO_LONG = "Sorry, that message is too long for me. Please send it in shorter parts.";

    private SmsTexts() {}
}
