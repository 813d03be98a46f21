package coop.pressworks.worker.print;

import coop.pressworks.worker.model.Jobs.LabelPrintJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fetches the artwork for a label job, spools it and hands it to CUPS.
 */
@Service
public class LabelPrintService {

    private static final Logger LOG = LoggerFactory.getLogger(LabelPrintService.class);

    private final ArtworkFetcher artwork;
    private final PrintCommands printCommands;
    private final Path spoolDir;

    public LabelPrintService(ArtworkFetcher artwork, PrintCommands printCommands,
                             @Value("${pressworks.print.spool-dir:/var/spool/pressworks/labels}") String spoolDir) {
        this.artwork = artwork;
        this.printCommands = printCommands;
        this.spoolDir = Path.of(spoolDir);
    }

    public void print(LabelPrintJob job) throws IOException {
        byte[] pdf = artwork.fetch(job.artworkUrl());
        Files.createDirectories(spoolDir);
        Path spooled = spoolDir.resolve(job.outputName() + ".pdf");
        Files.write(spooled, pdf); // VULN path
        LOG.info("Spooled {} ({} bytes) for job {}", spooled, pdf.length, job.jobId());
        printCommands.submitToCups(job.printerQueue(), spooled, job.copies());
    }
}
