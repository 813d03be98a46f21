package com.claimwright.web;

import com.claimwright.core.dao.*;
import com.claimwright.core.security.*;
import com.claimwright.core.util.InputRules;
import jakarta.servlet.http.*;
import java.sql.SQLException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequestMapping("/portal")
public class ClaimPortalController {

    private final ClaimJdbcDao claims;
    private final AccountDao accounts;
    private final PasswordHasher hasher;
    private final TokenService tokens;

    public ClaimPortalController(ClaimJdbcDao claims, AccountDao accounts, PasswordHasher hasher, TokenService tokens) {
        this.claims = claims;
        this.accounts = accounts;
        this.hasher = hasher;
        this.tokens = tokens;
    }

    @GetMapping("/claims/{claimNumber}")
    public String claimSummary(@PathVariable String claimNumber, @RequestParam(name = "q", required = false) String searchTerm,
                               @RequestParam(name = "msg", required = false) String statusMessage, Model model) throws SQLException {
        model.addAttribute("claim", claims.findByClaimNumber(claimNumber).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("searchTerm", searchTerm);
        model.addAttribute("statusMessage", statusMessage);
        return "claim-summary";
    }

    @GetMapping("/policy")
    public String policyLookup() {
        return "policy";
    }

    @PostMapping("/login")
    public String login(@RequestParam String email, @RequestParam String password,
                        @RequestParam(name = "next", defaultValue = "/portal/home") String next,
                        HttpServletResponse response) throws SQLException {
        if (!hasher.matchesClaimantPassword(password, accounts.passwordHash(email).orElse(null))) {
            return "redirect:/portal/login?error";
        }
        String sessionId = tokens.newSessionId();
        accounts.recordSession(sessionId, email);
        Cookie cookie = new Cookie("cw_portal_session", sessionId);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/portal");
        response.addCookie(cookie);
        return "redirect:" + InputRules.safeReturnPath(next); // SAFE redirect
    }

    @PostMapping("/register")
    public String register(@RequestParam String email, @RequestParam String password) throws SQLException {
        if (password.length() < 10) {
            return "redirect:/portal/register?weak";
        }
        accounts.createAccount(email, hasher.hashClaimantPassword(password));
        return "redirect:/portal/login?registered";
    }
}
