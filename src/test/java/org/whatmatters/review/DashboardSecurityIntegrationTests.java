package org.whatmatters.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whatmatters.staff.StaffAccounts;
import org.whatmatters.staff.StaffRole;
import org.whatmatters.support.Chat;
import org.whatmatters.support.Drafts;
import org.whatmatters.support.StaffBrowser;
import org.whatmatters.support.TestApp;

/** Who can open what: the dashboard needs a staff sign-in, admin pages need an admin, forms need CSRF tokens. */
class DashboardSecurityIntegrationTests {

    private static final String LW = "lucy.lw";
    private static final String LW_PASSWORD = "lucy-password-123";
    private static TestApp app;
    private static String planId;

    @BeforeAll
    static void start() {
        app = TestApp.inMemory().start();
        app.bean(StaffAccounts.class).create(LW, LW_PASSWORD, StaffRole.LINK_WORKER);
        planId = Drafts.plan(app, "Ivy", false);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<String> pages() {
        return List.of("/dashboard", "/dashboard/plans/" + planId, "/dashboard/plans/" + planId + "/history",
                "/dashboard/plans/" + planId + "/versions/1", "/dashboard/plans/" + planId + "/pdf", "/dashboard/funnel",
                "/dashboard/admin/users", "/dashboard/admin/audit");
    }

    @Test
    void everyDashboardPageSendsAnonymousVisitorsToSignIn() {
        StaffBrowser anonymous = new StaffBrowser(app);
        for (String page : pages()) {
            StaffBrowser.Page r = anonymous.get(page);
            assertThat(r.status()).as(page).isEqualTo(302);
            assertThat(r.location()).as(page).endsWith("/login");
        }
        assertThat(anonymous.get("/login").status()).isEqualTo(200);
    }

    @Test
    void aLinkWorkerOpensTheDashboardButNotTheAdminPages() {
        StaffBrowser lw = new StaffBrowser(app);
        StaffBrowser.Page signIn = lw.signIn(LW, LW_PASSWORD);
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).endsWith("/dashboard");
        for (String page : pages()) {
            int expected = page.startsWith("/dashboard/admin") ? 403 : 200;
            assertThat(lw.get(page).status()).as(page).isEqualTo(expected);
        }
    }

    @Test
    void anAdminOpensEveryPage() {
        StaffBrowser admin = new StaffBrowser(app);
        admin.signIn(TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
        for (String page : pages()) {
            assertThat(admin.get(page).status()).as(page).isEqualTo(200);
        }
    }

    @Test
    void formsWithoutACsrfTokenAreRefusedAndChangeNothing() {
        StaffBrowser lw = new StaffBrowser(app);
        lw.signIn(LW, LW_PASSWORD);
        String before = lw.get("/dashboard/plans/" + planId).body();
        for (String path : List.of("/dashboard/plans/" + planId + "/take", "/dashboard/plans/" + planId + "/approve",
                "/dashboard/plans/" + planId + "/edit", "/dashboard/admin/users", "/logout")) {
            assertThat(lw.postRaw(path, Map.of("version", "1", "op", "add", "section", "needs", "text", "x")).status()).as(path).isEqualTo(403);
        }
        assertThat(app.get("/api/plans/" + planId, TestApp.admin()).json().get("status").asString()).isIn("DRAFT", "IN_REVIEW");
        assertThat(lw.get("/dashboard/plans/" + planId).body()).contains("Ivy");
        assertThat(before).contains("name=\"_csrf\"");
    }

    @Test
    void aConversationTokenOpensNoStaffPageOrEndpoint() {
        Chat chat = Chat.start(app, null);
        String bearer = TestApp.bearer(chat.token());
        for (String path : List.of("/api/plans", "/api/plans/" + planId, "/api/plans/" + planId + "/pdf", "/dashboard", "/dashboard/plans/" + planId)) {
            int status = app.get(path, bearer).status();
            assertThat(status).as(path).isIn(302, 401, 404);
        }
        assertThat(app.post("/api/plans/" + planId + "/approve", "", bearer).status()).isEqualTo(401);
        assertThat(app.post("/api/invitations", "{\"phone\":\"+447700900123\"}", bearer).status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsLockTheAccountForAWhile() {
        app.bean(StaffAccounts.class).create("locky", "locky-password-123", StaffRole.LINK_WORKER);
        for (int i = 0; i < 5; i++) {
            StaffBrowser.Page r = new StaffBrowser(app).signIn("locky", "wrong-" + i);
            assertThat(r.location()).contains("/login?error");
        }
        StaffBrowser.Page afterLock = new StaffBrowser(app).signIn("locky", "locky-password-123");
        assertThat(afterLock.location()).as("locked, even with the right password").contains("/login?error");
        assertThat(app.get("/api/plans", TestApp.basic("locky", "locky-password-123")).status()).as("the API is locked too").isEqualTo(401);
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureAndPagesCarrySecurityHeaders() {
        StaffBrowser lw = new StaffBrowser(app);
        StaffBrowser.Page signIn = lw.signIn(LW, LW_PASSWORD);
        String cookie = signIn.headerValues("Set-Cookie").stream().filter(c -> c.startsWith("WM_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Strict");

        StaffBrowser.Page page = lw.get("/dashboard/plans/" + planId);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("onclick=");
    }

    @Test
    void anAdminCreatesALinkWorkerAccountThatCanSignInAndWeakPasswordsAreRefused() {
        StaffBrowser admin = new StaffBrowser(app);
        admin.signIn(TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
        admin.get("/dashboard/admin/users");
        admin.post("/dashboard/admin/users", Map.of("username", "weak.lw", "password", "short", "role", "LINK_WORKER"));
        assertThat(admin.get("/dashboard/admin/users").body()).contains("at least 12 characters");
        admin.post("/dashboard/admin/users", Map.of("username", "new.lw", "password", "new-password-123", "role", "LINK_WORKER"));
        assertThat(admin.get("/dashboard/admin/users").body()).contains("new.lw");
        StaffBrowser newcomer = new StaffBrowser(app);
        assertThat(newcomer.signIn("new.lw", "new-password-123").location()).endsWith("/dashboard");
        assertThat(newcomer.get("/dashboard/admin/users").status()).isEqualTo(403);
        assertThat(new StaffBrowser(app).signIn("weak.lw", "short").location()).contains("error");
        assertThat(admin.get("/dashboard/admin/audit").body()).contains("USER CREATED", "new.lw");
    }

    @Test
    void deactivatedAccountsCannotSignIn() {
        app.bean(StaffAccounts.class).create("gone.lw", "gone-password-123", StaffRole.LINK_WORKER);
        StaffBrowser admin = new StaffBrowser(app);
        admin.signIn(TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
        admin.get("/dashboard/admin/users");
        assertThat(admin.post("/dashboard/admin/users/gone.lw/deactivate", Map.of()).status()).isEqualTo(302);
        assertThat(new StaffBrowser(app).signIn("gone.lw", "gone-password-123").location()).contains("/login?error");
        assertThat(app.get("/api/plans", TestApp.basic("gone.lw", "gone-password-123")).status()).isEqualTo(401);
    }
}
