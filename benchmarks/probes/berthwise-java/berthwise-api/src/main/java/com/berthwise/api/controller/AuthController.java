package com.berthwise.api.controller;

import com.berthwise.api.dto.ApiRequests.LoginRequest;
import com.berthwise.core.repository.OperatorAccountRepository;
import com.berthwise.core.repository.OperatorAccountRepository.OperatorAccount;
import com.berthwise.core.security.PasswordHasher;
import com.berthwise.core.security.TokenService;
import com.berthwise.core.service.CrewDirectoryService;
import com.berthwise.core.service.CrewDirectoryService.CrewMember;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.*;
import io.micronaut.http.cookie.Cookie;
import lombok.RequiredArgsConstructor;
import java.net.URI;
import java.util.Map;

@Controller("/auth")
@RequiredArgsConstructor
public class AuthController {
    private static final Map<String, String> LANDING_PAGES = Map.of(
            "berth", "/ui/berth-plan",
            "gate", "/ui/gate",
            "yard", "/ui/yard",
            "customs", "/ui/customs");

    private final OperatorAccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final CrewDirectoryService crew;

    @Post("/login")
    public HttpResponse<?> login(@Body LoginRequest request, @QueryValue(defaultValue = "berth") String landing) {
        OperatorAccount op = accounts.findByUsername(request.username()).orElse(null);
        if (op == null || !hasher.matches(request.password(), op.passwordHash())) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        String token = tokens.issue(op.username(), op.terminal(), op.roles());
        String target = LANDING_PAGES.getOrDefault(landing, "/ui/berth-plan");
        return HttpResponse.redirect(URI.create(target)) // SAFE redirect
                .cookie(Cookie.of("bw_session", token).httpOnly(true).secure(true).path("/"));
    }

    @Post("/operators/{username}/password")
    public HttpResponse<?> changePassword(@PathVariable String username, @Body LoginRequest request,
                                          @Header("Authorization") String authorization) {
        TokenService.AuthenticatedUser caller = tokens.verify(authorization);
        if (!caller.username().equals(username) && !caller.hasRole("admin")) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        accounts.updatePasswordHash(username, hasher.hashOperatorPassword(request.password()));
        return HttpResponse.noContent();
    }

    @Get("/badge")
    public HttpResponse<CrewMember> badgeLookup(@Header("X-Badge-Id") String badgeId) throws Exception {
        return crew.findByBadge(badgeId).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get("/crew/{uid}")
    public HttpResponse<CrewMember> crewMember(@PathVariable String uid) throws Exception {
        return crew.findByUid(uid).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }
}
