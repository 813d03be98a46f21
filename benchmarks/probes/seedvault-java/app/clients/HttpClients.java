package clients;

import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

import javax.inject.Singleton;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Shared OkHttp clients. One pool per trust configuration. */
@Singleton
public class HttpClients {

    private final OkHttpClient standard;
    private final OkHttpClient mirror;

    public HttpClients() {
        this.standard = buildStandard();
        this.mirror = buildMirror();
    }

    /** Client for partner gardens, the herbarium network and webhooks. */
    public OkHttpClient standard() {
        return standard;
    }

    /** Client for the Svalbard mirror node, which still presents its own internal CA certificate. */
    public OkHttpClient mirror() {
        return mirror;
    }

    private static OkHttpClient buildStandard() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((KeyStore) null);
            X509TrustManager systemTrust = (X509TrustManager) tmf.getTrustManagers()[0];
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{systemTrust}, new SecureRandom());
            return new OkHttpClient.Builder()
                    .sslSocketFactory(context.getSocketFactory(), systemTrust) // SAFE tls
                    .connectTimeout(Duration.ofSeconds(5))
                    .readTimeout(Duration.ofSeconds(20))
                    .followRedirects(false)
                    .connectionPool(new ConnectionPool(8, 2, TimeUnit.MINUTES))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise TLS", e);
        }
    }

    private static OkHttpClient buildMirror() {
        X509TrustManager mirrorTrust = new X509TrustManager() {
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
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{mirrorTrust}, new SecureRandom());
            return new OkHttpClient.Builder()
                    .sslSocketFactory(context.getSocketFactory(), mirrorTrust).hostnameVerifier((host, session) -> true) // VULN tls
                    .connectTimeout(Duration.ofSeconds(10))
                    .readTimeout(Duration.ofSeconds(60))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise mirror TLS", e);
        }
    }
}
