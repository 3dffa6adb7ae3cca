package org.whatmatters.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. Two doors: the JSON API and Twilio webhooks (no sessions: HTTP Basic for staff, a
 * conversation's own token or a Twilio signature for the rest), and the dashboard (form sign-in, a
 * session, CSRF tokens on every form). A person's conversation token opens neither staff door.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffSettings.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String REALM = "WhatMatters staff";
    private static final String[] STAFF = {StaffRole.LINK_WORKER.name(), StaffRole.ADMIN.name()};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Staff endpoints ask for a login; anywhere else a person may wander gets a plain "not found" rather than a login box. */
    private static void challengeStaffOnly(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/plans") || request.getRequestURI().startsWith("/api/invitations")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Dashboard pages send a signed-out link worker to the sign-in page; any other address is simply not found. */
    private static void signInForDashboardOnly(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (request.getRequestURI().startsWith("/dashboard")) {
            response.sendRedirect("/login");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/twilio/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/plans", "/api/plans/**", "/api/invitations", "/api/invitations/**").hasAnyRole(STAFF)
                        .requestMatchers("/api/conversations", "/api/conversations/**").permitAll()
                        // Twilio webhooks: every request's X-Twilio-Signature is checked by the channel before anything happens.
                        .requestMatchers(HttpMethod.POST, "/twilio/sms", "/twilio/voice", "/twilio/voice/**").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName(REALM))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::challengeStaffOnly))
                // Authorised by headers (Basic, a conversation token, a Twilio signature), never by cookies: CSRF cannot reach it.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return headers(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/chat.css", "/chat.js", "/dashboard.css", "/dashboard.js",
                                "/favicon.ico", "/favicon.svg", "/login").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/dashboard/admin", "/dashboard/admin/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole(STAFF)
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", true).failureUrl("/login?error").permitAll())
                .logout(out -> out.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::signInForDashboardOnly))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()).invalidSessionUrl("/login?expired"));
        return headers(http).build();
    }
}
