package coop.pressworks.orchard.web;

import com.nimbusds.jwt.JWTClaimsSet;
import coop.pressworks.orchard.ldap.GrowerDirectoryService;
import coop.pressworks.orchard.model.GrowerModels.GrowerProfileUpdate;
import coop.pressworks.orchard.model.GrowerModels.TokenResponse;
import coop.pressworks.orchard.security.TokenService;
import coop.pressworks.orchard.service.GrowerProfileService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.views.View;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Server-rendered member portal (Thymeleaf).
 */
@Controller("/portal")
public class GrowerPortalController {

    private static final String SESSION_COOKIE = "pw_portal";

    private final GrowerProfileService profiles;
    private final GrowerDirectoryService directory;
    private final TokenService tokens;

    public GrowerPortalController(GrowerProfileService profiles, GrowerDirectoryService directory, TokenService tokens) {
        this.profiles = profiles;
        this.directory = directory;
        this.tokens = tokens;
    }

    @View("grower/profile")
    @Get("/growers/{growerId}")
    public Map<String, Object> profile(@PathVariable long growerId) {
        return profiles.profilePage(growerId);
    }

    @Post(value = "/profile", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> updateProfile(@Nullable @CookieValue(SESSION_COOKIE) String session,
                                         @Body GrowerProfileUpdate update) {
        Optional<Long> growerId = sessionGrower(session);
        if (growerId.isEmpty()) {
            return HttpResponse.seeOther(URI.create(PortalPages.LOGIN.path()));
        }
        profiles.update(growerId.get(), update);
        return HttpResponse.seeOther(URI.create("/portal/growers/" + growerId.get()));
    }

    @View("grower/login")
    @Get("/login")
    public Map<String, Object> loginForm(@Nullable @QueryValue String next, @Nullable @QueryValue String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", next == null ? "" : next);
        model.put("error", error != null);
        return model;
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> login(HttpRequest<?> request, String username, String password, @Nullable String next) {
        Optional<TokenResponse> token = directory.authenticate(username, password).map(tokens::issue);
        if (token.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/portal/login?error=1"));
        }
        Cookie cookie = Cookie.of(SESSION_COOKIE, token.get().accessToken())
                .httpOnly(true).secure(request.isSecure()).path("/portal").maxAge(Duration.ofHours(8));
        if (next != null && next.startsWith("/")) {
            return HttpResponse.seeOther(URI.create(next)).cookie(cookie); // VULN redirect
        }
        return HttpResponse.seeOther(URI.create(PortalPages.HOME.path())).cookie(cookie);
    }

    @Get("/logout")
    public HttpResponse<?> logout(@Nullable @QueryValue String returnTo) {
        PortalPages target = PortalPages.fromParam(returnTo);
        return HttpResponse.seeOther(URI.create(target.path())).cookie(Cookie.of(SESSION_COOKIE, "").maxAge(0).path("/portal")); // SAFE redirect
    }

    private Optional<Long> sessionGrower(@Nullable String session) {
        if (session == null || session.isBlank()) {
            return Optional.empty();
        }
        return tokens.verify(session).map(this::growerIdOf);
    }

    private Long growerIdOf(JWTClaimsSet claims) {
        Object raw = claims.getClaim("growerId");
        return raw instanceof Number n ? n.longValue() : -1L;
    }
}
