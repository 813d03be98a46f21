package coop.pressworks.worker.intake;

import coop.pressworks.worker.model.Jobs.IntakeTicketJob;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Copies the photo of the weighbridge printout from the scale terminal (or the
 * grower's own on-farm scale) into the intake archive, keyed by ticket.
 */
@Component
public class ScaleSlipArchiver {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleSlipArchiver.class);

    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(30))
            .build();
    private final Path archiveRoot;

    public ScaleSlipArchiver(@Value("${pressworks.intake.archive-root:/srv/pressworks/intake-slips}") String archiveRoot) {
        this.archiveRoot = Path.of(archiveRoot);
    }

    public void archive(IntakeTicketJob job) throws IOException {
        HttpUrl url = HttpUrl.parse(job.scaleSlipUrl());
        if (url == null || !url.host().endsWith("pressworks.coop")) {
            LOG.warn("Ignoring scale slip for ticket {}: not a cooperative scale host", job.ticketId());
            return;
        }
        Request request = new Request.Builder().url(url).get().build();
        try (Response response = http.newCall(request).execute()) { // VULN ssrf
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("Scale terminal answered " + response.code());
            }
            Path dir = archiveRoot.resolve(Long.toString(job.growerId()));
            Files.createDirectories(dir);
            Path target = dir.resolve(job.ticketId() + ".jpg");
            try (InputStream in = body.byteStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING); // SAFE path
            }
            LOG.info("Archived scale slip for ticket {} to {}", job.ticketId(), target);
        }
    }
}
