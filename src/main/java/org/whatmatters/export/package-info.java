/**
 * Exports of an approved (or draft) plan: a printable PDF written for the person, and an HL7 FHIR R4
 * bundle for the care record. Both work from {@link org.whatmatters.export.PlanExport}.
 */
package org.whatmatters.export;
