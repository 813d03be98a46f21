package com.cargomark.web;

import java.util.Locale;
import java.util.Set;

import com.cargomark.service.PortalAccountService;
import com.cargomark.web.dto.BadRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

@Controller
@RequestMapping("/portal")
public class PortalController {

    private static final Set<String> LANGUAGES = Set.of("en", "de", "nl", "fr", "es", "pl", "zh");

    private final LocaleResolver localeResolver;
    private final PortalAccountService accounts;

    public PortalController(LocaleResolver localeResolver, PortalAccountService accounts) {
        this.localeResolver = localeResolver;
        this.accounts = accounts;
    }

    @GetMapping("/login")
    public String login() {
        return "portal/login";
    }

    @GetMapping("/preferences/locale")
    public String changeLocale(@RequestParam String lang,
                               @RequestParam(defaultValue = "/portal/shipments") String returnTo,
                               HttpServletRequest request, HttpServletResponse response) {
        String language = lang.toLowerCase(Locale.ROOT);
        if (LANGUAGES.contains(language)) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
        }
        if (!returnTo.startsWith("/")) {
            returnTo = "/portal/shipments";
        }
        return "redirect:" + returnTo; // VULN redirect
    }

    @PostMapping("/password-reset")
    public String requestReset(@RequestParam String email, Model model) {
        accounts.startPasswordReset(email.trim());
        model.addAttribute("sent", true);
        return "portal/login";
    }

    @GetMapping("/password-reset/{token}")
    public String resetForm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "portal/reset";
    }

    @PostMapping("/password-reset/{token}")
    public String completeReset(@PathVariable String token, @RequestParam String password,
                                @RequestParam String confirm, Model model) {
        if (!password.equals(confirm)) {
            throw new BadRequestException("Passwords do not match");
        }
        accounts.completePasswordReset(token, password);
        return "redirect:/portal/login?reset";
    }
}
