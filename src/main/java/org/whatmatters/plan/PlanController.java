package org.whatmatters.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans (staff)", description = "Drafted care and support plans. Staff only: HTTP Basic.")
@SecurityRequirement(name = "staff")
class PlanController {

    private final PlanWorkflow plans;
    private final PlanDownloads downloads;

    PlanController(PlanWorkflow plans, PlanDownloads downloads) {
        this.plans = plans;
        this.downloads = downloads;
    }

    @GetMapping(value = "/{id}/fhir", produces = "application/fhir+json")
    @Operation(summary = "The plan as an HL7 FHIR R4 Bundle (CarePlan, Goals, ONS4 QuestionnaireResponse, Consent)")
    org.springframework.http.ResponseEntity<String> fhir(@PathVariable String id, java.security.Principal staff) {
        return downloads.fhir(id, staff.getName());
    }

    @GetMapping(value = "/{id}/pdf", produces = "application/pdf")
    @Operation(summary = "The plan as a printable PDF written for the person")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable String id, java.security.Principal staff) {
        return downloads.pdf(id, staff.getName());
    }

    @GetMapping
    @Operation(summary = "List plans, urgent first, then oldest", description = "Filter by status (DRAFT, IN_REVIEW, APPROVED, RETURNED) and/or conversationId.")
    List<PlanSummary> list(@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String conversationId) {
        return plans.search(new PlanWorkflow.Query(status == null ? null : java.util.Set.of(status), null, null, null, null, conversationId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan, with every item's evidence")
    PlanView get(@PathVariable String id, java.security.Principal staff) {
        return plans.view(id, staff.getName());
    }

    @org.springframework.web.bind.annotation.PostMapping("/{id}/approve")
    @Operation(summary = "Approve a plan", description = "Only a DRAFT or IN_REVIEW plan can be approved (else 409). Optional ?version= guards against approving a plan that changed.")
    PlanView approve(@PathVariable String id, @RequestParam(required = false) Integer version, java.security.Principal staff) {
        return plans.approve(id, staff.getName(), version);
    }
}
