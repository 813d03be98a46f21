package com.tariffly.controller;

import java.io.IOException;
import java.util.Optional;

import com.tariffly.dto.ApiModels.ColleagueCard;
import com.tariffly.dto.ApiModels.StaffPrincipal;
import com.tariffly.service.LoginRedirectResolver;
import com.tariffly.service.StaffDirectoryService;
import com.tariffly.service.TokenService;
import com.tariffly.web.TenantContextFilter;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@RequestMapping("/staff")
public class StaffAuthController {

    private final StaffDirectoryService directory;
    private final TokenService tokenService;
    private final LoginRedirectResolver redirectResolver;

    public StaffAuthController(StaffDirectoryService directory, TokenService tokenService,
                               LoginRedirectResolver redirectResolver) {
        this.directory = directory;
        this.tokenService = tokenService;
        this.redirectResolver = redirectResolver;
    }

    @GetMapping("/login")
    public String loginForm(@RequestParam(required = false) String returnTo, Model model) {
        model.addAttribute("returnTo", returnTo);
        return "staff/login";
    }

    @PostMapping("/login")
    public String login(@RequestParam String username,
                        @RequestParam String password,
                        @RequestParam(required = false) String returnTo,
                        HttpServletResponse response,
                        Model model) throws IOException {
        Optional<StaffPrincipal> principal = directory.authenticate(username, password);
        if (principal.isEmpty()) {
            model.addAttribute("error", "Unknown user or wrong password");
            model.addAttribute("returnTo", returnTo);
            return "staff/login";
        }
        Cookie cookie = new Cookie(TenantContextFilter.CONSOLE_COOKIE, tokenService.issueConsoleToken(principal.get()));
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/");
        cookie.setMaxAge(9 * 3600);
        response.addCookie(cookie);
        redirectResolver.afterLogin(response, returnTo);
        return null;
    }

    @GetMapping("/logout")
    public void logout(@RequestParam(defaultValue = "login") String then, HttpServletResponse response)
            throws IOException {
        Cookie cookie = new Cookie(TenantContextFilter.CONSOLE_COOKIE, "");
        cookie.setPath("/");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
        redirectResolver.afterLogout(response, then);
    }

    @GetMapping("/directory/{uid}")
    @ResponseBody
    public ResponseEntity<ColleagueCard> colleague(@PathVariable String uid) {
        return directory.lookupColleague(uid).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }
}
