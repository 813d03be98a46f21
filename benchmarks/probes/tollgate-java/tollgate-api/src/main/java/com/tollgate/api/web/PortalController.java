package com.tollgate.api.web;

import com.tollgate.api.service.DisputeService;
import com.tollgate.api.util.*;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.springframework.http.*;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.HtmlUtils;

@Controller
@RequestMapping("/portal")
@RequiredArgsConstructor
public class PortalController {

    private final DisputeService disputeService;

    @GetMapping("/login")
    public String login(@RequestParam(required = false) String next, HttpSession session, Model model) {
        if (session.getAttribute("accountId") != null && next != null) {
            return "redirect:" + next; // VULN redirect
        }
        model.addAttribute("next", next);
        return "portal/login";
    }

    @PostMapping("/logout")
    public RedirectView logout(@RequestParam(defaultValue = RedirectTargets.DEFAULT_TARGET) String returnTo, HttpSession session) {
        session.invalidate();
        return new RedirectView(RedirectTargets.localOnly(returnTo)); // SAFE redirect
    }

    @GetMapping("/disputes/{id}")
    public String dispute(@PathVariable long id, Model model) {
        model.addAttribute("dispute", disputeService.get(id));
        return "portal/dispute";
    }

    @GetMapping(value = "/receipt", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> receipt(@RequestParam String plate, @CookieValue(value = "tg_lang", defaultValue = "en") String lang) {
        String htmlLang = "de".equals(lang) ? "de" : "en";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<html lang=\"" + htmlLang + "\"><body><h1>Receipt for " + HtmlUtils.htmlEscape(PlateFormat.normalize(plate)) + "</h1></body></html>"); // SAFE xss
    }
}
