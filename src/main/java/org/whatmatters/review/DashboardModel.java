package org.whatmatters.review;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every dashboard page needs to know about who is signed in. */
@ControllerAdvice(assignableTypes = {DashboardController.class, AdminController.class})
class DashboardModel {

    @ModelAttribute("me")
    String me(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    /** For joining lines in a textarea. */
    @ModelAttribute("newline")
    String newline() {
        return "\n";
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }
}
