package org.hemalink.lab;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Loads converted instrument batches into the results table.
 */
@ApplicationScoped
public class LabBatchWorker {

    private static final Logger LOG = Logger.getLogger(LabBatchWorker.class);

    @Inject
    LabMessageDecoder decoder;

    @Inject
    LabResultService resultService;

    @Incoming("lab-batch-import")
    @Blocking
    public void onBatch(String batchPath) throws Exception {
        Path file = Path.of(batchPath);
        List<LabResult> results = decoder.parseBatch(file);
        int saved = resultService.saveAll(results);
        long reactive = results.stream().filter(LabResult::isReactive).count();
        LOG.infof("batch %s: %d results stored, %d reactive", file.getFileName(), saved, reactive);
    }
}
