/**
 * The web chat channel: the JSON API behind the chat page at {@code /}. Translates HTTP to and from the
 * conversation module; holds no conversation logic.
 */
package org.whatmatters.channel.web;
