package org.stlukes.dispensa.pharmacy.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;
import org.stlukes.dispensa.pharmacy.service.*;
import org.stlukes.dispensa.pharmacy.service.KioskTokenService.KioskSession;

import java.util.Map;

@RestController
@RequestMapping("/api/auth")
public class AuthController {

    public record LoginRequest(String username, String password) {
    }

    public record PinChange(String pin) {
    }

    private final StaffCredentialService credentials;
    private final StaffTokenService staffTokens;
    private final KioskTokenService kioskTokens;

    public AuthController(StaffCredentialService credentials, StaffTokenService staffTokens,
                          KioskTokenService kioskTokens) {
        this.credentials = credentials;
        this.staffTokens = staffTokens;
        this.kioskTokens = kioskTokens;
    }

    @PostMapping("/login")
    public Map<String, Object> login(@RequestBody LoginRequest request) {
        if (!credentials.verifyPassword(request.username(), request.password())) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "invalid credentials");
        }
        return Map.of("token", staffTokens.issue(request.username(), credentials.rolesOf(request.username())));
    }

    @PostMapping("/password")
    public void changePassword(@RequestHeader("Authorization") String authorization, @RequestBody LoginRequest change) {
        String user = staffTokens.parse(authorization).getSubject();
        credentials.setPassword(user, change.password());
    }

    @PutMapping("/kiosk-pin")
    public void changeKioskPin(@RequestHeader("Authorization") String authorization, @RequestBody PinChange change) {
        credentials.setKioskPin(staffTokens.parse(authorization).getSubject(), change.pin());
    }

    @PostMapping("/password-reset")
    public Map<String, Object> requestReset(@RequestParam String username) {
        credentials.createResetToken(username);
        return Map.of("status", "If the account exists, a reset link has been sent.");
    }

    @GetMapping("/kiosk/session")
    public KioskSession kioskSession(@CookieValue("dispensa_kiosk") String kioskToken) {
        return kioskTokens.verifiedSession(kioskToken);
    }

    @PostMapping("/kiosk/cabinet-pin")
    public Map<String, Object> cabinetPin(@CookieValue("dispensa_kiosk") String kioskToken,
                                          @RequestHeader("X-Staff-Id") String staffId) {
        KioskSession session = kioskTokens.currentSession(kioskToken);
        String pin = credentials.issueCabinetPin(session.ward(), session.cabinet(), staffId);
        return Map.of("ward", session.ward(), "cabinet", session.cabinet(), "pin", pin);
    }
}
