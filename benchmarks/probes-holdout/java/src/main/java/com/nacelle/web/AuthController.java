package com.nacelle.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.nacelle.domain.Technician;
import com.nacelle.repository.TechnicianRepository;
import com.nacelle.service.TechnicianDirectoryService;
import com.nacelle.service.TokenService;
import com.nacelle.service.TokenService.Session;
import com.nacelle.util.RedirectTargets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class AuthController {

    private final TechnicianDirectoryService directory;
    private final TechnicianRepository technicians;
    private final TokenService tokenService;

    public AuthController(TechnicianDirectoryService directory, TechnicianRepository technicians, TokenService tokenService) {
        this.directory = directory;
        this.technicians = technicians;
        this.tokenService = tokenService;
    }

    @GetMapping("/login")
    public String loginPage(@RequestParam(name = "returnTo", required = false) String returnTo, Model model) {
        model.addAttribute("returnTo", returnTo);
        return "login";
    }

    @PostMapping("/login")
    public String login(@RequestParam String username,
                        @RequestParam String password,
                        @RequestParam(name = "returnTo", required = false) String returnTo,
                        HttpServletRequest request,
                        HttpServletResponse response,
                        Model model) throws IOException {
        if (!directory.authenticate(username, password)) {
            model.addAttribute("error", "Unknown user or wrong password");
            model.addAttribute("returnTo", returnTo);
            return "login";
        }
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute("uid", username);
        technicians.findByLdapUid(username).map(Technician::getId).ifPresent(id -> session.setAttribute("technicianId", id));
        RedirectTargets.sendAfterLogin(response, returnTo);
        return null;
    }

    @GetMapping("/logout")
    public void logout(@RequestParam(name = "next", required = false) String next,
                       HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        RedirectTargets.sendToLocal(response, next == null ? "/login" : next);
    }

    /** Exchanges a successful directory login for a tablet API token. */
    @PostMapping("/api/auth/token")
    @ResponseBody
    public ResponseEntity<Map<String, String>> token(@RequestParam String username, @RequestParam String password) {
        if (!directory.authenticate(username, password)) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.ok(Map.of("token", tokenService.issue(username, List.of("TECHNICIAN"))));
    }

    @GetMapping("/api/auth/session")
    @ResponseBody
    public ResponseEntity<Session> session(@RequestHeader(name = "X-Nacelle-Token") String token) {
        try {
            return ResponseEntity.ok(tokenService.verify(token));
        } catch (SecurityException e) {
            return ResponseEntity.status(401).build();
        }
    }
}
