package org.whatmatters.review;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.flow.FlowRegistry;
import org.whatmatters.plan.InvalidEditException;
import org.whatmatters.plan.PlanChangedException;
import org.whatmatters.plan.PlanEdit;
import org.whatmatters.plan.PlanStateException;
import org.whatmatters.plan.PlanStatus;
import org.whatmatters.plan.PlanView;
import org.whatmatters.plan.PlanWorkflow;
import org.whatmatters.plan.Section;

@Controller
class DashboardController {

    private static final Set<PlanStatus> NEEDS_ATTENTION = EnumSet.of(PlanStatus.DRAFT, PlanStatus.IN_REVIEW, PlanStatus.RETURNED);

    private final PlanWorkflow plans;
    private final ConversationService conversations;
    private final FlowRegistry flows;
    private final org.whatmatters.plan.PlanDownloads downloads;
    private final org.whatmatters.nlp.Taxonomy taxonomy;

    DashboardController(PlanWorkflow plans, ConversationService conversations, FlowRegistry flows,
            org.whatmatters.plan.PlanDownloads downloads, org.whatmatters.nlp.TextAnalyzer analyzer) {
        this.downloads = downloads;
        this.taxonomy = analyzer.taxonomy();
        this.plans = plans;
        this.conversations = conversations;
        this.flows = flows;
    }

    /** The queue: plans needing attention, urgent first then oldest, and people waiting for a call back. */
    @GetMapping("/dashboard")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) boolean mine, Principal me, Model model) {
        List<String> problems = new ArrayList<>();
        Set<PlanStatus> statuses = NEEDS_ATTENTION;
        if (status != null && !status.isBlank()) {
            if (status.equals("ALL")) {
                statuses = EnumSet.allOf(PlanStatus.class);
            } else {
                try {
                    statuses = EnumSet.of(PlanStatus.valueOf(status));
                } catch (IllegalArgumentException e) {
                    problems.add("There is no status called '" + status + "'. Showing plans that need attention.");
                }
            }
        }
        LocalDate fromDate = date(from, "From", problems);
        LocalDate toDate = date(to, "To", problems);
        model.addAttribute("plans", plans.search(new PlanWorkflow.Query(statuses, channel, fromDate, toDate, mine ? me.getName() : null, null)));
        model.addAttribute("callBacks", conversations.callBacksDue());
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("channel", channel == null ? "" : channel);
        model.addAttribute("from", fromDate == null ? "" : fromDate.toString());
        model.addAttribute("to", toDate == null ? "" : toDate.toString());
        model.addAttribute("mine", mine);
        model.addAttribute("problems", problems);
        return "queue";
    }

    private static LocalDate date(String value, String label, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(label + " date '" + value + "' is not a date like 2026-11-23, so it was left out.");
            return null;
        }
    }

    @GetMapping("/dashboard/plans/{id}")
    String plan(@PathVariable String id, Principal me, Model model) {
        PlanView plan = plans.view(id, me.getName());
        model.addAttribute("plan", plan);
        model.addAttribute("taxonomy", taxonomy);
        model.addAttribute("sections", Arrays.stream(Section.values())
                .filter(s -> s != Section.PROGRESS || !plan.section(s).isEmpty()).toList());
        model.addAttribute("transcript", conversations.transcript(plan.conversationId()).messages());
        model.addAttribute("phone", conversations.snapshot(plan.conversationId()).phone());
        model.addAttribute("editable", plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.IN_REVIEW);
        model.addAttribute("wellbeing", WellbeingChart.of(plans.wellbeing(id)));
        return "plan";
    }

    @GetMapping("/dashboard/plans/{id}/history")
    String history(@PathVariable String id, Principal me, Model model) {
        model.addAttribute("plan", plans.view(id, null));
        model.addAttribute("versions", plans.history(id));
        return "history";
    }

    @GetMapping("/dashboard/plans/{id}/versions/{version}")
    String version(@PathVariable String id, @PathVariable int version, Model model) {
        PlanView plan = plans.version(id, version);
        model.addAttribute("plan", plan);
        model.addAttribute("sections", Arrays.stream(Section.values()).filter(s -> !plan.section(s).isEmpty()).toList());
        return "version";
    }

    @GetMapping(value = "/dashboard/plans/{id}/pdf", produces = "application/pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable String id, Principal me) {
        return downloads.pdf(id, me.getName());
    }

    @GetMapping(value = "/dashboard/plans/{id}/fhir", produces = "application/fhir+json")
    org.springframework.http.ResponseEntity<String> fhir(@PathVariable String id, Principal me) {
        return downloads.fhir(id, me.getName());
    }

    @PostMapping("/dashboard/plans/{id}/take")
    String take(@PathVariable String id, Principal me, RedirectAttributes flash) {
        return act(id, flash, "You are now reviewing this plan.", () -> plans.take(id, me.getName()));
    }

    @PostMapping("/dashboard/plans/{id}/approve")
    String approve(@PathVariable String id, @RequestParam int version, Principal me, RedirectAttributes flash) {
        return act(id, flash, "Plan approved. It is now read-only; you can download it for the person and the care record.",
                () -> plans.approve(id, me.getName(), version));
    }

    @PostMapping("/dashboard/plans/{id}/return")
    String returnPlan(@PathVariable String id, @RequestParam int version, @RequestParam(required = false) String reason, Principal me,
            RedirectAttributes flash) {
        return act(id, flash, "Plan returned.", () -> plans.returnPlan(id, me.getName(), version, reason));
    }

    @PostMapping("/dashboard/plans/{id}/new-version")
    String newVersion(@PathVariable String id, Principal me, RedirectAttributes flash) {
        return act(id, flash, "A new version was started. The approved version is kept in the history.", () -> plans.newVersion(id, me.getName()));
    }

    /** Every correction goes through here: one change, checked against the version the link worker was looking at. */
    @PostMapping("/dashboard/plans/{id}/edit")
    String edit(@PathVariable String id, @RequestParam int version, @RequestParam String op, @RequestParam(required = false) String section,
            @RequestParam(required = false) Integer index, @RequestParam(required = false) String text, Principal me, RedirectAttributes flash) {
        String anchor = section == null ? "" : "#" + section;
        try {
            PlanEdit change = change(op, section, index, text);
            plans.edit(id, me.getName(), version, change);
            flash.addFlashAttribute("message", "Saved: " + change.describe().toLowerCase() + ".");
        } catch (InvalidEditException | PlanStateException | PlanChangedException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dashboard/plans/" + id + anchor;
    }

    private static PlanEdit change(String op, String sectionKey, Integer index, String text) {
        Section section = sectionKey == null ? null : Section.fromKey(sectionKey).orElse(null);
        switch (op) {
            case "edit":
                return new PlanEdit.EditItem(need(section), need(index), text);
            case "add":
                return new PlanEdit.AddItem(need(section), text);
            case "remove":
                return new PlanEdit.RemoveItem(need(section), need(index));
            case "up":
                return new PlanEdit.MoveItem(need(section), need(index), -1);
            case "down":
                return new PlanEdit.MoveItem(need(section), need(index), 1);
            case "actions":
                return new PlanEdit.SetActions(need(index), text == null ? List.of() : Arrays.asList(text.split("\\R")));
            case "accept":
                return new PlanEdit.Decide(need(index), "ACCEPTED");
            case "decline":
                return new PlanEdit.Decide(need(index), "DECLINED");
            case "review-date":
                try {
                    return new PlanEdit.SetReviewDate(text == null || text.isBlank() ? null : LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    throw new InvalidEditException("The review date must be a date, like 2027-01-04.");
                }
            case "note":
                return new PlanEdit.SetNote(text);
            default:
                throw new InvalidEditException("Unknown change '" + op + "'.");
        }
    }

    private static <T> T need(T value) {
        if (value == null) {
            throw new InvalidEditException("Something was missing from the form. Reload the page and try again.");
        }
        return value;
    }

    private String act(String id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (PlanStateException | PlanChangedException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dashboard/plans/" + id;
    }

    @PostMapping("/dashboard/call-backs/{conversationId}/done")
    String callBackDone(@PathVariable String conversationId, Principal me, RedirectAttributes flash) {
        conversations.callBackDone(conversationId, me.getName());
        flash.addFlashAttribute("message", "Marked as called back.");
        return "redirect:/dashboard#call-backs";
    }

    @GetMapping("/dashboard/funnel")
    String funnel(Model model) {
        model.addAttribute("funnels", Funnel.of(conversations.funnel(), flows));
        return "funnel";
    }
}
