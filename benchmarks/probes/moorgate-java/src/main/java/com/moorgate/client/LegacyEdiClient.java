package com.moorgate.client;

import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * Pulls pending EDI bundles from the legacy carrier clearing house (self-signed endpoint).
 */
public class LegacyEdiClient {

    private static final String ENDPOINT = "https://edi.clearing-house.example.net/mailbox/moorgate/pending";

    private static final X509TrustManager ACCEPT_ALL = new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    };

    private final OkHttpClient http;

    public LegacyEdiClient() {
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {ACCEPT_ALL}, new SecureRandom()); // VULN tls
            this.http = new OkHttpClient.Builder()
                    .sslSocketFactory(ssl.getSocketFactory(), ACCEPT_ALL)
                    .hostnameVerifier((hostname, session) -> true)
                    .callTimeout(Duration.ofMinutes(2))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputStream nextBundle() throws IOException {
        Request request = new Request.Builder()
                .url(ENDPOINT)
                .header("Authorization", Credentials.basic("moorgate-edi", "Xq7!mailbox-2019")) // VULN secret
                .build();
        Response response = http.newCall(request).execute();
        ResponseBody body = response.body();
        if (response.code() == 204 || body == null) {
            response.close();
            return null;
        }
        return body.byteStream();
    }
}
