/**
 * Risk and safeguarding detection on every inbound message, and the fixed, reviewed signposting texts
 * shown to a person. Signposting is never generated.
 */
package org.whatmatters.safety;
