/** Understanding what people type: yes/no, numbers in words, choices, commands, and splitting answers into items. */
package org.whatmatters.nlp;
