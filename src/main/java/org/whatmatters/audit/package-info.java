/** The audit trail: who viewed, changed, approved or exported which plan, and when. Append-only. */
package org.whatmatters.audit;
