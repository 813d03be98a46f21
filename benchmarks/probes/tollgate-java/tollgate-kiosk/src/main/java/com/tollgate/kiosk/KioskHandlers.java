package com.tollgate.kiosk;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.tollgate.kiosk.KioskAccounts.KioskUser;
import io.javalin.http.*;
import java.io.InputStream;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import javax.script.*;
import org.apache.commons.text.StringEscapeUtils;
import org.slf4j.*;

final class KioskHandlers {

    private static final Logger log = LoggerFactory.getLogger(KioskHandlers.class);

    record PinChange(String currentPin, String newPin) {}

    private final KioskAccounts accounts;
    private final ReceiptFiles receipts;
    private final Path photoDir;
    private final Path bundleDir;
    private final String kioskId;
    private final Algorithm tokenAlgorithm;
    private final BatchUnpacker unpacker = new BatchUnpacker();
    private final MapTiles tiles = new MapTiles();
    private final ScriptEngine fareEngine = new ScriptEngineManager().getEngineByName("nashorn");

    KioskHandlers(KioskAccounts accounts, ReceiptFiles receipts, Path photoDir, Path bundleDir, String kioskId, String tokenSecret) {
        this.accounts = accounts;
        this.receipts = receipts;
        this.photoDir = photoDir;
        this.bundleDir = bundleDir;
        this.kioskId = kioskId;
        this.tokenAlgorithm = Algorithm.HMAC256(tokenSecret);
    }

    void login(Context ctx) throws Exception {
        KioskUser user = accounts.verifyPin(ctx.formParam("plate"), ctx.formParam("pin"))
                .orElseThrow(() -> new UnauthorizedResponse("unknown plate or PIN"));
        String token = JWT.create().withSubject(Long.toString(user.accountId())).withClaim("name", user.name())
                .withClaim("kiosk", kioskId).withExpiresAt(Instant.now().plus(Duration.ofMinutes(10))).sign(tokenAlgorithm);
        ctx.cookie(new Cookie("kiosk_token", token, "/", -1, false, 0, true, null, null, SameSite.STRICT));
        ctx.json(Map.of("name", user.name()));
    }

    void lookup(Context ctx) throws Exception {
        String plate = ctx.queryParam("plate");
        if (plate == null || plate.isBlank()) {
            throw new BadRequestResponse("plate required");
        }
        var items = accounts.openItems(plate);
        if (items.isEmpty()) {
            ctx.html("<div class=\"notice\">No open tolls for <strong>" + StringEscapeUtils.escapeHtml4(plate) + "</strong>.</div>"); // SAFE xss
            return;
        }
        ctx.json(items);
    }

    void changePin(Context ctx) throws Exception {
        KioskUser user = currentUser(ctx);
        PinChange change = ctx.bodyAsClass(PinChange.class);
        accounts.changePin(user.accountId(), change.currentPin(), change.newPin());
        ctx.status(204);
    }

    void uploadPhoto(Context ctx) throws Exception {
        currentUser(ctx);
        UploadedFile photo = ctx.uploadedFile("photo");
        if (photo == null || photo.contentType() == null || !photo.contentType().startsWith("image/")) {
            throw new BadRequestResponse("image upload expected");
        }
        try (InputStream in = photo.content()) {
            Files.copy(in, photoDir.resolve(photo.filename()), StandardCopyOption.REPLACE_EXISTING); // VULN path
        }
        ctx.status(201).json(Map.of("stored", photo.filename(), "bytes", photo.size()));
    }

    void receipt(Context ctx) throws Exception {
        Path file = receipts.resolve(ctx.pathParam("name"));
        if (file == null) {
            throw new NotFoundResponse("receipt not found");
        }
        ctx.contentType("application/pdf");
        ctx.result(Files.newInputStream(file)); // SAFE path
    }

    void maintenanceBundle(Context ctx) throws Exception {
        UploadedFile bundle = ctx.uploadedFile("bundle");
        if (bundle == null) {
            throw new BadRequestResponse("bundle missing");
        }
        Path target = bundleDir.resolve(UUID.randomUUID().toString());
        int files = unpacker.unpack(bundle.content(), target);
        log.info("kiosk {} unpacked {} files from {}", kioskId, files, bundle.filename());
        ctx.json(Map.of("files", files, "bundle", target.getFileName().toString()));
    }

    void mapTile(Context ctx) throws Exception {
        byte[] png = tiles.fetch(ctx.queryParam("src"));
        ctx.contentType("image/png").result(png);
    }

    void fareEstimate(Context ctx) throws Exception {
        Bindings bindings = fareEngine.createBindings();
        bindings.put("km", Double.parseDouble(ctx.formParam("km")));
        bindings.put("vehicleClass", ctx.formParam("vehicleClass"));
        bindings.put("night", "true".equals(ctx.formParam("night")));
        Object estimate = fareEngine.eval(ctx.formParam("formula"), bindings); // VULN code
        ctx.json(Map.of("estimateCents", estimate));
    }

    void resetPrinter(Context ctx) throws Exception {
        Process process = Runtime.getRuntime().exec(new String[] {"/usr/bin/systemctl", "restart", "kiosk-receipt-printer.service"}); // SAFE cmdi
        int exit = process.waitFor();
        log.info("receipt printer restarted on kiosk {} by {} (exit {})", kioskId, ctx.header("X-Technician"), exit);
        ctx.json(Map.of("exitCode", exit));
    }

    private KioskUser currentUser(Context ctx) {
        String token = ctx.cookie("kiosk_token");
        if (token == null) {
            throw new UnauthorizedResponse("please sign in at the kiosk");
        }
        DecodedJWT jwt = JWT.decode(token); // VULN jwt
        if (jwt.getExpiresAtAsInstant() == null || jwt.getExpiresAtAsInstant().isBefore(Instant.now())) {
            throw new UnauthorizedResponse("kiosk session expired");
        }
        return new KioskUser(Long.parseLong(jwt.getSubject()), jwt.getClaim("name").asString());
    }
}
