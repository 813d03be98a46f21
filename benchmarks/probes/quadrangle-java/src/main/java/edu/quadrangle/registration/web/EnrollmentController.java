package edu.quadrangle.registration.web;

import edu.quadrangle.registration.service.SessionStateService;
import edu.quadrangle.registration.web.dto.WizardState;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/enrollment/wizard")
@RequiredArgsConstructor
public class EnrollmentController {

    private static final String WIZARD_COOKIE = "qd_wizard";

    private final SessionStateService sessionStateService;

    @GetMapping
    public WizardState resume(@CookieValue(name = WIZARD_COOKIE, required = false) String wizardCookie) {
        if (wizardCookie == null || wizardCookie.isBlank()) {
            return WizardState.fresh();
        }
        return sessionStateService.restore(wizardCookie);
    }

    @PostMapping
    public ResponseEntity<WizardState> save(@RequestBody WizardState state) {
        ResponseCookie cookie = ResponseCookie.from(WIZARD_COOKIE, sessionStateService.serialize(state))
                .httpOnly(true).secure(true).sameSite("Lax").path("/").maxAge(Duration.ofHours(2)).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).body(state);
    }
}
