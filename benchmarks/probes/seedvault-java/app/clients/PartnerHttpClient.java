package clients;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import play.Logger;
import util.StorageSettings;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;

/** Outbound HTTP to partner gardens, the herbarium network and the mirror node. */
@Singleton
public class PartnerHttpClient {

    private static final Logger.ALogger LOG = Logger.of(PartnerHttpClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String MIRROR_SYNC_URL = "https://mirror.svalbard-node.internal/api/lots/snapshot";

    private final HttpClients clients;
    private final HttpUrl herbariumBase;

    @Inject
    public PartnerHttpClient(HttpClients clients, StorageSettings settings) {
        this.clients = clients;
        this.herbariumBase = HttpUrl.get(settings.herbariumBaseUrl);
    }

    /** Downloads a small binary resource (garden logos), capped at {@code maxBytes}. */
    public byte[] fetchBytes(String url, long maxBytes) throws IOException {
        Request request = new Request.Builder().url(url).header("Accept", "image/*").build();
        try (Response response = clients.standard().newCall(request).execute()) { // VULN ssrf
            return readCapped(response, maxBytes);
        }
    }

    /** Streams a partner's published catalogue XML to {@code consumer}. */
    public void fetchCatalog(String url, CatalogConsumer consumer) throws IOException {
        Request request = new Request.Builder().url(url).header("Accept", "application/xml").build();
        try (Response response = clients.standard().newCall(request).execute()) { // VULN ssrf
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("catalogue fetch failed: HTTP " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                consumer.accept(in);
            }
        }
    }

    /** Delivers an exchange event to a garden's registered webhook. */
    public int postEvent(String webhookUrl, String json) throws IOException {
        Request request = new Request.Builder().url(webhookUrl).post(RequestBody.create(json, JSON)).build();
        try (Response response = clients.standard().newCall(request).execute()) { // VULN ssrf
            return response.code();
        }
    }

    /** Sends the "test webhook" ping from the garden settings page; callers validate the URL first. */
    public int ping(HttpUrl verifiedUrl) throws IOException {
        Request request = new Request.Builder().url(verifiedUrl).post(RequestBody.create("{\"type\":\"ping\"}", JSON)).build();
        try (Response response = clients.standard().newCall(request).execute()) { // SAFE ssrf
            return response.code();
        }
    }

    /** Looks an accession up in the herbarium network's public API. */
    public String herbariumRecord(String species) throws IOException {
        HttpUrl url = herbariumBase.newBuilder().addPathSegment("taxa").addQueryParameter("name", species).build();
        Request request = new Request.Builder().url(url).header("Accept", "application/json").build();
        try (Response response = clients.standard().newCall(request).execute()) { // SAFE ssrf
            ResponseBody body = response.body();
            return response.isSuccessful() && body != null ? body.string() : null;
        }
    }

    public void pushSnapshot(byte[] serialized) throws IOException {
        Request request = new Request.Builder()
                .url(MIRROR_SYNC_URL)
                .post(RequestBody.create(serialized, MediaType.get("application/x-java-serialized-object")))
                .build();
        try (Response response = clients.mirror().newCall(request).execute()) {
            if (!response.isSuccessful()) {
                LOG.warn("mirror rejected snapshot: HTTP {}", response.code());
            }
        }
    }

    private static byte[] readCapped(Response response, long maxBytes) throws IOException {
        ResponseBody body = response.body();
        if (!response.isSuccessful() || body == null) {
            throw new IOException("download failed: HTTP " + response.code());
        }
        if (body.contentLength() > maxBytes) {
            throw new IOException("resource too large");
        }
        byte[] bytes = body.bytes();
        if (bytes.length > maxBytes) {
            throw new IOException("resource too large");
        }
        return bytes;
    }

    @FunctionalInterface
    public interface CatalogConsumer {
        void accept(InputStream in) throws IOException;
    }
}
