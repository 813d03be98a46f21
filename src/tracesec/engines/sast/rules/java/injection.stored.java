package shop.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class HospitalNotifier {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String callbackUrl;
    private final NotifierProperties properties;

    public HospitalNotifier(String callbackUrl, NotifierProperties properties) {
        this.callbackUrl = callbackUrl;
        this.properties = properties;
    }

    public int notify(Hospital hospital, byte[] body) throws Exception {
        // a URL a hospital registered, read back from its record
        // ruleid: trace.java.ssrf.stored-url
        HttpRequest request = HttpRequest.newBuilder(URI.create(hospital.getCallbackUrl())).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public int notifyField(Hospital hospital, byte[] body) throws Exception {
        // ruleid: trace.java.ssrf.stored-url
        HttpRequest request = HttpRequest.newBuilder(URI.create(hospital.callbackUrl)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public int pingOwn() throws Exception {
        // ok: trace.java.ssrf.stored-url
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.callbackUrl)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public int pingConfigured() throws Exception {
        // ok: trace.java.ssrf.stored-url
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.getCallbackUrl())).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
