package com.cargomark.web;

import java.util.Map;

import com.cargomark.domain.PortalUser;
import com.cargomark.repository.PortalUserRepository;
import com.cargomark.security.JwtService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/auth")
public class AuthController {

    public record TokenRequest(@NotBlank String email, @NotBlank String password) {
    }

    private final PortalUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JwtService jwtService;

    public AuthController(PortalUserRepository users, PasswordEncoder passwordEncoder, JwtService jwtService) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jwtService = jwtService;
    }

    @PostMapping("/token")
    public Map<String, String> token(@Valid @RequestBody TokenRequest request) {
        PortalUser user = users.findByEmailIgnoreCase(request.email())
                .filter(PortalUser::isActive)
                .filter(u -> passwordEncoder.matches(request.password(), u.getPasswordHash()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Invalid credentials"));
        return Map.of("token", jwtService.issue(user), "type", "Bearer");
    }
}
