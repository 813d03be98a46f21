package coop.pressworks.orchard.web;

import coop.pressworks.orchard.ldap.GrowerDirectoryService;
import coop.pressworks.orchard.model.GrowerModels.DirectoryEntry;
import coop.pressworks.orchard.model.GrowerModels.LoginRequest;
import coop.pressworks.orchard.model.GrowerModels.RefreshRequest;
import coop.pressworks.orchard.model.GrowerModels.TokenResponse;
import coop.pressworks.orchard.security.TokenService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;

@Controller("/api")
public class AuthController {

    private final GrowerDirectoryService directory;
    private final TokenService tokens;

    public AuthController(GrowerDirectoryService directory, TokenService tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    @Post("/auth/token")
    public HttpResponse<TokenResponse> token(@Body LoginRequest login) {
        return directory.authenticate(login.username(), login.password())
                .map(entry -> HttpResponse.ok(tokens.issue(entry)))
                .orElseGet(() -> HttpResponse.status(HttpStatus.UNAUTHORIZED));
    }

    @Post("/auth/refresh")
    public TokenResponse refresh(@Body RefreshRequest request) {
        return tokens.refresh(request.token());
    }

    @Get("/directory/growers/search")
    public List<DirectoryEntry> search(@QueryValue String name) {
        return directory.searchByName(name);
    }

    @Get("/directory/growers")
    public HttpResponse<DirectoryEntry> lookup(@QueryValue String email) {
        return directory.findByEmail(email)
                .map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }
}
