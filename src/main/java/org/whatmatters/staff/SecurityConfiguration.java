package org.whatmatters.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. A person's conversation is opened only by its own token (checked by the web chat
 * channel); staff endpoints need a staff account; everything else is closed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffSettings.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String REALM = "WhatMatters staff";

    /**
     * Staff endpoints ask for a login; anywhere else a person may wander gets a plain "not found"
     * rather than a browser login box.
     */
    private static void challengeStaffOnly(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/plans") || request.getRequestURI().startsWith("/api/invitations")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/plans", "/api/plans/**", "/api/invitations", "/api/invitations/**")
                                .hasAnyRole(StaffRole.LINK_WORKER.name(), StaffRole.ADMIN.name())
                        // Twilio webhooks: every request's X-Twilio-Signature is checked by the channel before anything happens.
                        .requestMatchers(HttpMethod.POST, "/twilio/sms", "/twilio/voice", "/twilio/voice/**").permitAll()
                        .requestMatchers("/api/conversations", "/api/conversations/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/chat.css", "/chat.js", "/favicon.ico", "/favicon.svg").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName(REALM))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::challengeStaffOnly))
                // The JSON API is authorised by headers (Basic or a conversation token), never by cookies, so CSRF cannot reach it.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/twilio/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
