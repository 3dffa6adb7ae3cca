/** Opt-outs (by phone number, across every channel) and recognising requests to stop or start messages. */
package org.whatmatters.consent;
