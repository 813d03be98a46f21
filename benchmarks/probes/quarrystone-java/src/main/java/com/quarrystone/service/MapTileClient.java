package com.quarrystone.service;

import com.quarrystone.util.UrlPolicy;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Server-side proxy for map imagery shown on the dispatch board, so office PCs do not need
 * direct internet access.
 */
public class MapTileClient {

    public static final class Image {
        public final String contentType;
        public final byte[] bytes;

        Image(String contentType, byte[] bytes) {
            this.contentType = contentType;
            this.bytes = bytes;
        }
    }

    private final OkHttpClient client;

    public MapTileClient(OkHttpClient client) {
        this.client = client;
    }

    public Image tile(String tileUrl) throws IOException {
        if (!UrlPolicy.isTileServer(tileUrl)) {
            throw new IllegalArgumentException("Not a Quarrystone tile");
        }
        Request request = new Request.Builder().url(tileUrl).get().build();
        try (Response response = client.newCall(request).execute()) { // VULN ssrf
            return toImage(response);
        }
    }

    public Image staticMap(String mapUrl) throws IOException {
        if (!UrlPolicy.isApprovedMapHost(mapUrl)) {
            throw new IllegalArgumentException("Map provider not approved");
        }
        Request request = new Request.Builder().url(mapUrl).get().build();
        try (Response response = client.newCall(request).execute()) { // SAFE ssrf
            return toImage(response);
        }
    }

    private static Image toImage(Response response) throws IOException {
        if (!response.isSuccessful() || response.body() == null) {
            throw new IOException("Map server returned " + response.code());
        }
        String type = response.header("Content-Type", "image/png");
        return new Image(type, response.body().bytes());
    }
}
