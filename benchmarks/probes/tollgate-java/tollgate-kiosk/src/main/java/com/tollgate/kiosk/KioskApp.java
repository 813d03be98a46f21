package com.tollgate.kiosk;

import com.zaxxer.hikari.*;
import io.javalin.Javalin;
import java.nio.file.Path;

public final class KioskApp {

    private KioskApp() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null && fallback == null) {
            throw new IllegalStateException(name + " is not set");
        }
        return value == null ? fallback : value;
    }

    public static void main(String[] args) throws Exception {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(env("KIOSK_DB_URL", "jdbc:postgresql://localhost:5432/tollgate"));
        hikari.setUsername(env("KIOSK_DB_USER", "tollgate_kiosk"));
        hikari.setPassword(env("KIOSK_DB_PASSWORD", null));
        hikari.setMaximumPoolSize(4);
        HikariDataSource dataSource = new HikariDataSource(hikari);

        KioskHandlers h = new KioskHandlers(new KioskAccounts(dataSource),
                new ReceiptFiles(Path.of(env("KIOSK_RECEIPT_DIR", "/var/lib/kiosk/receipts"))),
                Path.of(env("KIOSK_PHOTO_DIR", "/var/lib/kiosk/photos")), Path.of(env("KIOSK_BATCH_DIR", "/var/lib/kiosk/bundles")),
                env("KIOSK_ID", "unknown"), env("KIOSK_TOKEN_SECRET", null));

        Javalin app = Javalin.create(config -> {
            config.http.maxRequestSize = 25_000_000L;
            config.staticFiles.add("/kiosk-ui");
        });
        app.before("/kiosk/*", ctx -> ctx.header("Cache-Control", "no-store"));
        app.post("/kiosk/login", h::login);
        app.get("/kiosk/lookup", h::lookup);
        app.post("/kiosk/pin", h::changePin);
        app.post("/kiosk/photo", h::uploadPhoto);
        app.get("/kiosk/receipts/{name}", h::receipt);
        app.get("/kiosk/map/tile", h::mapTile);
        app.post("/kiosk/fare-estimate", h::fareEstimate);
        app.post("/kiosk/maintenance/bundle", h::maintenanceBundle);
        app.post("/kiosk/maintenance/printer-reset", h::resetPrinter);
        app.get("/kiosk/done", ctx -> ctx.removeCookie("kiosk_token").redirect("/kiosk/welcome"));
        app.exception(NumberFormatException.class, (e, ctx) -> ctx.status(400).result("invalid number"));
        Runtime.getRuntime().addShutdownHook(new Thread(dataSource::close));
        app.start(Integer.parseInt(env("KIOSK_PORT", "7070")));
    }
}
