package com.northwind.billing.web;

import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.northwind.billing.service.BillingPortalService;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@RequestMapping("/portal")
public class AccountPortalController {

    private static final Map<String, String> AFTER_LOGOUT = Map.of(
            "home", "/",
            "login", "/portal/login",
            "status", "https://status.northwind-billing.com");

    private final BillingPortalService billing;
    private final VelocityEngine velocity;

    public AccountPortalController(BillingPortalService billing) {
        this.billing = billing;
        this.velocity = new VelocityEngine();
        this.velocity.init();
    }

    public static class RegistrationForm {
        private String email;
        private String password;
        private String phonePassword;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getPhonePassword() { return phonePassword; }
        public void setPhonePassword(String phonePassword) { this.phonePassword = phonePassword; }
    }

    public static class SignatureForm {
        private String displayName;
        private String template;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getTemplate() { return template; }
        public void setTemplate(String template) { this.template = template; }
    }

    @GetMapping("/sso/complete")
    public String ssoComplete(@RequestParam(name = "returnTo", defaultValue = "/portal/invoices") String returnTo,
                              HttpSession session,
                              HttpServletResponse response) {
        String customerId = (String) session.getAttribute("ssoCustomerId");
        if (customerId == null) {
            return "redirect:/portal/login";
        }
        Cookie cookie = new Cookie("nw_session", billing.issueSessionToken(customerId));
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/portal");
        response.addCookie(cookie);
        return "redirect:" + returnTo; // VULN open-redirect
    }

    @GetMapping("/logout")
    public String logout(@RequestParam(name = "next", defaultValue = "home") String next, HttpSession session) {
        session.invalidate();
        return "redirect:" + AFTER_LOGOUT.getOrDefault(next, "/"); // SAFE open-redirect
    }

    @GetMapping("/invoices")
    public String invoices(@CookieValue(name = "nw_session", required = false) String sessionToken, Model model) {
        if (sessionToken == null) {
            return "redirect:/portal/login";
        }
        String customerId = billing.sessionCustomer(sessionToken);
        model.addAttribute("customerId", customerId);
        model.addAttribute("notes", billing.pinnedNotesFor(customerId));
        return "portal/invoices";
    }

    @PostMapping("/register")
    public String register(@ModelAttribute RegistrationForm form) throws GeneralSecurityException {
        billing.registerPortalUser(form.getEmail(), form.getPassword(), form.getPhonePassword());
        return "redirect:/portal/login?registered";
    }

    @PostMapping("/password-reset")
    public String requestPasswordReset(@RequestParam("email") String email, Model model) {
        billing.issueResetCode(email);
        model.addAttribute("email", email);
        return "portal/reset-sent";
    }

    @PostMapping("/api-tokens")
    @ResponseBody
    public Map<String, String> createApiToken() {
        return Map.of("token", billing.issueApiToken());
    }

    @PostMapping("/signature/preview")
    @ResponseBody
    public Map<String, String> previewSignature(@ModelAttribute SignatureForm form) {
        VelocityContext context = new VelocityContext();
        context.put("displayName", form.getDisplayName());
        context.put("company", "Northwind Billing");
        StringWriter out = new StringWriter();
        velocity.evaluate(context, out, "email-signature", form.getTemplate()); // VULN ssti
        return Map.of("preview", out.toString());
    }
}
