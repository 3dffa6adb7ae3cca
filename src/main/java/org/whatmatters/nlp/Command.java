package org.whatmatters.nlp;

/** Global conversation commands a person can send at any point. */
public enum Command { HELP, REPEAT, BACK, SKIP, STOP, PERSON }
