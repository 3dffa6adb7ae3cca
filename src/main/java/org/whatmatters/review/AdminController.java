package org.whatmatters.review;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whatmatters.audit.AuditLog;
import org.whatmatters.staff.StaffAccounts;
import org.whatmatters.staff.StaffRole;

/** Admins manage link worker accounts and read the audit trail (which nobody can edit). */
@Controller
class AdminController {

    private final StaffAccounts accounts;
    private final AuditLog audit;

    AdminController(StaffAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/dashboard/admin/users")
    String users(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("minPassword", StaffAccounts.MIN_PASSWORD_LENGTH);
        return "users";
    }

    @PostMapping("/dashboard/admin/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam StaffRole role, Principal me,
            RedirectAttributes flash) {
        try {
            accounts.create(username, password, role, me.getName());
            flash.addFlashAttribute("message", "Account '" + username.strip() + "' created.");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dashboard/admin/users";
    }

    @PostMapping("/dashboard/admin/users/{username}/{action}")
    String enable(@PathVariable String username, @PathVariable String action, Principal me, RedirectAttributes flash) {
        try {
            boolean enable = switch (action) {
                case "activate" -> true;
                case "deactivate" -> false;
                default -> throw new IllegalArgumentException("Unknown action.");
            };
            accounts.setEnabled(username, enable, me.getName());
            flash.addFlashAttribute("message", "Account '" + username + "' " + (enable ? "activated." : "deactivated."));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dashboard/admin/users";
    }

    @GetMapping("/dashboard/admin/audit")
    String audit(@RequestParam(required = false) String plan, Model model) {
        model.addAttribute("events", plan == null || plan.isBlank() ? audit.latest(500) : audit.forPlan(plan.strip()));
        model.addAttribute("plan", plan == null ? "" : plan);
        return "audit";
    }
}
