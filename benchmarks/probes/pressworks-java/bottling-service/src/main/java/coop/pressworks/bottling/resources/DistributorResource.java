package coop.pressworks.bottling.resources;

import coop.pressworks.bottling.api.BottlingApi.Distributor;
import coop.pressworks.bottling.auth.DistributorAuthFilter;
import coop.pressworks.bottling.auth.DistributorTokens;
import coop.pressworks.bottling.auth.PasswordHasher;
import coop.pressworks.bottling.db.DistributorDao;
import coop.pressworks.bottling.service.ShipmentService;
import coop.pressworks.bottling.support.Validators;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Trade portal: account registration, login and distributor self-service.
 */
@Path("/trade")
public class DistributorResource {

    private static final Pattern LOGIN = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,39}$");

    private final DistributorDao distributors;
    private final PasswordHasher hasher;
    private final DistributorTokens tokens;
    private final ShipmentService shipments;
    private final java.nio.file.Path invoiceRoot;

    public DistributorResource(DistributorDao distributors, PasswordHasher hasher, DistributorTokens tokens,
                               ShipmentService shipments, java.nio.file.Path invoiceRoot) {
        this.distributors = distributors;
        this.hasher = hasher;
        this.tokens = tokens;
        this.shipments = shipments;
        this.invoiceRoot = invoiceRoot;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@FormParam("login") String login, @FormParam("password") String password,
                             @FormParam("company") String company, @FormParam("email") String email,
                             @FormParam("region") String region) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new BadRequestException("Login must be 3-40 lowercase characters");
        }
        if (password == null || password.length() < 10) {
            throw new BadRequestException("Password must be at least 10 characters");
        }
        if (distributors.findByLogin(login).isPresent()) {
            return Response.status(Response.Status.CONFLICT).build();
        }
        long id = distributors.insert(login, company, email, hasher.shopCompatibleHash(password), region);
        return Response.created(URI.create("/trade/distributors/" + id)).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("login") String login, @FormParam("password") String password,
                          @FormParam("returnUrl") String returnUrl) {
        Optional<Distributor> account = distributors.findByLogin(login == null ? "" : login);
        if (account.isEmpty() || !hasher.matches(password == null ? "" : password, account.get().passwordHash())) {
            return Response.seeOther(URI.create("/trade/login?failed=1")).build();
        }
        NewCookie session = new NewCookie.Builder(DistributorAuthFilter.SESSION_COOKIE)
                .value(tokens.issue(account.get()))
                .path("/")
                .httpOnly(true)
                .secure(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        if (returnUrl != null && returnUrl.contains("pressworks.coop")) {
            return Response.seeOther(URI.create(returnUrl)).cookie(session).build(); // VULN redirect
        }
        return Response.seeOther(URI.create("/trade/orders")).cookie(session).build();
    }

    @GET
    @Path("/logout")
    public Response logout(@QueryParam("next") String next) {
        String target = Validators.isLocalPath(next) ? next : "/trade/login";
        NewCookie cleared = new NewCookie.Builder(DistributorAuthFilter.SESSION_COOKIE).value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create(target)).cookie(cleared).build(); // SAFE redirect
    }

    @GET
    @Path("/session/nonce")
    @Produces(MediaType.APPLICATION_JSON)
    public Response csrfNonce() {
        String nonce = tokens.newCsrfNonce();
        NewCookie cookie = new NewCookie.Builder("pw_csrf").value(nonce).path("/trade").secure(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(Map.of("nonce", nonce)).cookie(cookie).build();
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@Context ContainerRequestContext ctx, @FormParam("current") String current,
                                   @FormParam("password") String password) {
        Distributor me = currentDistributor(ctx);
        if (!hasher.matches(current == null ? "" : current, me.passwordHash())) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        if (password == null || password.length() < 10) {
            throw new BadRequestException("Password must be at least 10 characters");
        }
        distributors.updatePasswordHash(me.id(), hasher.pbkdf2(password));
        return Response.noContent().build();
    }

    @PUT
    @Path("/webhook")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response webhook(@Context ContainerRequestContext ctx, @FormParam("url") String url) {
        shipments.registerWebhook(currentDistributor(ctx).id(), url == null ? null : url.trim());
        return Response.noContent().build();
    }

    @GET
    @Path("/invoices/{invoiceId}/link")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> invoiceLink(@Context ContainerRequestContext ctx, @PathParam("invoiceId") long invoiceId) {
        Distributor me = currentDistributor(ctx);
        distributors.invoiceFile(invoiceId, me.id()).orElseThrow(() -> new NotFoundException("No such invoice"));
        return Map.of("url", "/trade/invoices/" + invoiceId + "/download?t=" + tokens.invoiceLink(me.id(), invoiceId));
    }

    @GET
    @Path("/invoices/{invoiceId}/download")
    @Produces("application/pdf")
    public Response downloadInvoice(@PathParam("invoiceId") long invoiceId, @QueryParam("t") String linkToken) {
        if (linkToken == null) {
            throw new BadRequestException("Missing link token");
        }
        long distributorId = tokens.distributorForInvoiceLink(linkToken, invoiceId);
        String fileName = distributors.invoiceFile(invoiceId, distributorId)
                .orElseThrow(() -> new NotFoundException("No such invoice"));
        java.nio.file.Path pdf = invoiceRoot.resolve(Long.toString(distributorId)).resolve(fileName);
        if (!Files.isRegularFile(pdf)) {
            throw new NotFoundException("Invoice file missing");
        }
        return Response.ok(pdf.toFile())
                .header("Content-Disposition", "attachment; filename=\"invoice-" + invoiceId + ".pdf\"")
                .build();
    }

    private Distributor currentDistributor(ContainerRequestContext ctx) {
        Object id = ctx.getProperty(DistributorAuthFilter.DISTRIBUTOR_ID);
        if (!(id instanceof Long distributorId)) {
            throw new jakarta.ws.rs.NotAuthorizedException("Bearer");
        }
        return distributors.findById(distributorId).orElseThrow(() -> new NotFoundException("Account removed"));
    }
}
