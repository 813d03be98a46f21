package edu.quadrangle.registration.web;

import edu.quadrangle.registration.security.TokenService;
import edu.quadrangle.registration.service.AccountService;
import edu.quadrangle.registration.service.PasswordResetService;
import edu.quadrangle.registration.util.RedirectTargets;
import edu.quadrangle.registration.web.dto.RegisterAccountRequest;
import jakarta.servlet.http.*;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
@RequiredArgsConstructor
public class AuthController {

    private static final String SESSION_COOKIE = "qd_session";

    private final AccountService accountService;
    private final PasswordResetService passwordResetService;
    private final TokenService tokenService;

    @PostMapping("/login")
    public String login(@RequestParam("netId") String netId,
                        @RequestParam("password") String password,
                        @RequestParam(name = "returnTo", defaultValue = "/dashboard") String returnTo,
                        HttpServletResponse response) {
        if (!accountService.verifyPassword(netId, password)) {
            return "redirect:/login?error";
        }
        Cookie session = new Cookie(SESSION_COOKIE, tokenService.issue(netId, "STUDENT"));
        session.setHttpOnly(true);
        session.setSecure(true);
        session.setPath("/");
        response.addCookie(session);
        return "redirect:" + returnTo; // VULN redirect
    }

    @GetMapping("/logout")
    public String logout(@RequestParam(name = "next", required = false) String next, HttpServletResponse response) {
        Cookie cleared = new Cookie(SESSION_COOKIE, "");
        cleared.setMaxAge(0);
        cleared.setPath("/");
        response.addCookie(cleared);
        return "redirect:" + RedirectTargets.sanitize(next); // SAFE redirect
    }

    @PostMapping("/account/register")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> register(@RequestBody RegisterAccountRequest request) {
        accountService.register(request);
        return Map.of("netId", request.netId());
    }

    @PostMapping("/account/visitor")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> registerVisitor(@RequestBody RegisterAccountRequest request) throws NoSuchAlgorithmException {
        accountService.registerVisitor(request);
        return Map.of("netId", request.netId());
    }

    @PostMapping("/account/password-reset")
    @ResponseBody
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void requestReset(@RequestParam("email") String email) {
        passwordResetService.startReset(email);
    }
}
