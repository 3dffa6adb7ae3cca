package org.whatmatters.plan;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.whatmatters.audit.AuditAction;
import org.whatmatters.export.FhirExporter;
import org.whatmatters.export.PdfExporter;

/** The plan as a download (a PDF for the person, a FHIR bundle for the care record), audited; for the API and the dashboard alike. */
@Service
public class PlanDownloads {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final PlanWorkflow plans;
    private final PdfExporter pdf;
    private final FhirExporter fhir;

    PlanDownloads(PlanWorkflow plans, PdfExporter pdf, FhirExporter fhir) {
        this.plans = plans;
        this.pdf = pdf;
        this.fhir = fhir;
    }

    public ResponseEntity<byte[]> pdf(String id, String user) {
        byte[] body = pdf.render(plans.export(id, user, AuditAction.EXPORTED_PDF));
        return attachment(MediaType.APPLICATION_PDF, "care-plan-" + id + ".pdf", body);
    }

    public ResponseEntity<String> fhir(String id, String user) {
        String body = fhir.json(plans.export(id, user, AuditAction.EXPORTED_FHIR));
        return attachment(FHIR_JSON, "care-plan-" + id + ".fhir.json", body);
    }

    private static <T> ResponseEntity<T> attachment(MediaType type, String filename, T body) {
        return ResponseEntity.ok().contentType(type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").body(body);
    }
}
