package com.quarrystone.service;

import com.quarrystone.config.HttpClientFactory;
import com.quarrystone.dto.RouteJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Plans haul routes with the local OSRM command-line tools and reads live positions from the
 * trucks' telematics gateways.
 */
public class RoutePlanner {

    private static final Logger LOG = Logger.getLogger(RoutePlanner.class.getName());

    private final OkHttpClient telematics = HttpClientFactory.telematics();
    private final String osrmDataDir;

    public RoutePlanner(String osrmDataDir) {
        this.osrmDataDir = osrmDataDir;
    }

    /** Returns the route summary (distance, duration) as JSON from the planner script. */
    public String plan(RouteJob job) throws IOException, InterruptedException {
        String profile = "hgv-8wheel".equals(job.getVehicleProfile()) ? "hgv-8wheel" : "hgv-6wheel";
        String cmd = "qs-route --data " + osrmDataDir + " --profile " + profile + " --from-site " + job.getOriginSite() + " --to-postcode '" + job.getDestinationPostcode() + "'";
        Process p = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(true).start(); // VULN cmdi
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("route planner timed out for dispatch " + job.getDispatchId());
        }
        LOG.info(() -> "Planned route for dispatch " + job.getDispatchId());
        return out;
    }

    /** Last GPS fix from the truck's gateway. Gateway addresses are maintained by the transport manager. */
    public String lastPosition(String gatewayBaseUrl, String truckReg) throws IOException {
        Request request = new Request.Builder()
                .url(gatewayBaseUrl + "/api/v1/position?reg=" + java.net.URLEncoder.encode(truckReg, StandardCharsets.UTF_8))
                .get()
                .build();
        try (Response response = telematics.newCall(request).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
