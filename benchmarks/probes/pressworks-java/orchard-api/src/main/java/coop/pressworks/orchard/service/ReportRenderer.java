package coop.pressworks.orchard.service;

import coop.pressworks.orchard.model.OrchardModels.OrchardBlock;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Produces the printable artefacts field staff hand to growers: block map tiles
 * (GDAL against the cooperative's raster layers) and end-of-season yield PDFs.
 */
@Singleton
public class ReportRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRenderer.class);

    private static final Map<String, String> LAYERS = Map.of(
            "ndvi", "ndvi_latest.tif",
            "canopy", "canopy_height.tif",
            "drainage", "soil_drainage.tif");

    private final Path rasterDir;
    private final Path outputDir;
    private final String internalBaseUrl;

    public ReportRenderer(@Value("${pressworks.reports.raster-dir:/srv/pressworks/rasters}") String rasterDir,
                          @Value("${pressworks.reports.output-dir:/var/lib/pressworks/reports}") String outputDir,
                          @Value("${pressworks.reports.internal-base-url:http://127.0.0.1:8080}") String internalBaseUrl) {
        this.rasterDir = Path.of(rasterDir);
        this.outputDir = Path.of(outputDir);
        this.internalBaseUrl = internalBaseUrl;
    }

    public Path renderBlockMap(OrchardBlock block, String layer) throws IOException {
        String raster = LAYERS.get(layer == null ? "" : layer.toLowerCase(Locale.ROOT));
        if (raster == null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Unknown map layer");
        }
        double pad = 0.0025;
        Path out = Files.createTempFile(outputDir, "block-" + block.id() + "-", ".png");
        ProcessBuilder pb = new ProcessBuilder(
                "gdal_translate", "-of", "PNG", "-projwin",
                String.format(Locale.ROOT, "%.6f", block.longitude() - pad),
                String.format(Locale.ROOT, "%.6f", block.latitude() + pad),
                String.format(Locale.ROOT, "%.6f", block.longitude() + pad),
                String.format(Locale.ROOT, "%.6f", block.latitude() - pad),
                rasterDir.resolve(raster).toString(),
                out.toString());
        pb.redirectErrorStream(true);
        Process process = pb.start(); // SAFE cmdi
        waitFor(process, "gdal_translate");
        return out;
    }

    public Path exportYieldReport(long growerId, String season) throws IOException {
        Path out = outputDir.resolve("yield-" + growerId + "-" + System.currentTimeMillis() + ".pdf");
        String source = internalBaseUrl + "/internal/reports/yield?grower=" + growerId + "&season=" + season;
        String command = "wkhtmltopdf --quiet --page-size A4 " + source + " " + out;
        LOG.info("Rendering yield report for grower {} season {}", growerId, season);
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        waitFor(process, "wkhtmltopdf");
        return out;
    }

    private void waitFor(Process process, String tool) throws IOException {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " timed out");
            }
            if (process.exitValue() != 0) {
                String output = new String(process.getInputStream().readAllBytes());
                throw new IOException(tool + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + tool, e);
        }
    }
}
