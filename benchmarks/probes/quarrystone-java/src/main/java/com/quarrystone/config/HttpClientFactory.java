package com.quarrystone.config;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/**
 * OkHttp clients used for outbound calls: customer webhooks, map tiles and truck telematics.
 */
public final class HttpClientFactory {

    private static final X509TrustManager LENIENT_TRUST = new X509TrustManager() {
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

    private HttpClientFactory() {
    }

    /** General-purpose client with platform trust store and pinned certificate for our tile server. */
    public static OkHttpClient standard() {
        CertificatePinner pinner = new CertificatePinner.Builder()
                .add("tiles.quarrystone.co.uk", "sha256/7HIpactkIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y=")
                .build();
        return new OkHttpClient.Builder().certificatePinner(pinner).connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(15)).build(); // SAFE tls
    }

    /**
     * Client for the on-site telematics gateways. Several of the older gateways present
     * self-signed certificates issued by the installer.
     */
    public static OkHttpClient telematics() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {LENIENT_TRUST}, new SecureRandom());
            return new OkHttpClient.Builder().sslSocketFactory(ctx.getSocketFactory(), LENIENT_TRUST).hostnameVerifier((host, session) -> true).build(); // VULN tls
        } catch (Exception e) {
            throw new IllegalStateException("Cannot initialise telematics TLS", e);
        }
    }
}
