package com.tollgate.kiosk;

import io.javalin.http.BadRequestResponse;
import java.io.*;
import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

/** Proxies map tiles for the kiosk route planner so the kiosk browser never talks to the internet directly. */
final class MapTiles {

    private static final String TILE_SERVER = "https://tiles.tollgate.example";

    byte[] fetch(String src) throws IOException {
        if (src == null || !src.startsWith(TILE_SERVER)) {
            throw new BadRequestResponse("unsupported tile source");
        }
        HttpsURLConnection conn = (HttpsURLConnection) new URL(src).openConnection(); // VULN ssrf
        conn.setHostnameVerifier((host, session) -> true); // VULN tls
        conn.setConnectTimeout(3_000);
        conn.setReadTimeout(5_000);
        try (InputStream in = conn.getInputStream()) {
            return in.readNBytes(2 * 1024 * 1024);
        } finally {
            conn.disconnect();
        }
    }
}
