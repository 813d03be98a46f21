package com.quarrystone.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quarrystone.domain.Customer;
import com.quarrystone.domain.WeighTicket;
import com.quarrystone.util.UrlPolicy;
import java.io.IOException;
import java.util.logging.Logger;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Outbound notifications: customer webhooks and the haulier portal. */
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final HttpUrl HAULIER_PORTAL = HttpUrl.get("https://hauliers.quarrystone.co.uk/api/notify/");

    private final OkHttpClient client;
    private final ObjectMapper mapper;

    public WebhookService(OkHttpClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    /** Tells the customer's system that a load has left the quarry. */
    public void ticketFinalised(Customer customer, WeighTicket ticket) {
        ObjectNode payload = mapper.createObjectNode()
                .put("event", "ticket.finalised")
                .put("ticketNo", ticket.getTicketNo())
                .put("truck", ticket.getTruckReg())
                .put("product", ticket.getProductCode())
                .put("netTonnes", ticket.netTonnes());
        Request request = new Request.Builder().url(customer.getWebhookUrl()).post(RequestBody.create(payload.toString(), JSON)).build();
        try (Response response = client.newCall(request).execute()) { // VULN ssrf
            if (!response.isSuccessful()) {
                LOG.warning("Webhook for customer " + customer.getAccountCode() + " returned " + response.code());
            }
        } catch (IOException e) {
            LOG.warning("Webhook delivery failed for " + customer.getAccountCode() + ": " + e.getMessage());
        }
    }

    /** "Send test event" button on the portal settings page; returns the status line for display. */
    public String probe(String url) throws IOException {
        if (!UrlPolicy.looksLikeHttpUrl(url)) {
            throw new IllegalArgumentException("Webhook must be an http(s) URL");
        }
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create("{\"event\":\"test\"}", JSON))
                .build();
        try (Response response = client.newCall(request).execute()) { // VULN ssrf
            String body = response.body() == null ? "" : response.body().string();
            return response.code() + " " + response.message() + "\n" + body;
        }
    }

    /** Notifies the haulier portal that one of their trucks has been assigned a load. */
    public void notifyHaulier(int haulierId, String dispatchReference) throws IOException {
        HttpUrl url = HAULIER_PORTAL.newBuilder().addPathSegment(Integer.toString(haulierId)).build();
        String json = mapper.createObjectNode().put("dispatch", dispatchReference).toString();
        Request request = new Request.Builder().url(url).post(RequestBody.create(json, JSON)).build();
        try (Response response = client.newCall(request).execute()) { // SAFE ssrf
            if (!response.isSuccessful()) {
                throw new IOException("Haulier portal returned " + response.code());
            }
        }
    }
}
