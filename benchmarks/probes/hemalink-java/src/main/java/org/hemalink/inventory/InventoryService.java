package org.hemalink.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

@ApplicationScoped
public class InventoryService {

    public static final Set<String> COMPONENTS = Set.of("RBC", "PLT", "FFP", "CRYO", "WB");

    @Inject
    InventoryRepository repository;

    @Inject
    LabelStation labelStation;

    @Inject
    @Channel("label-jobs")
    Emitter<LabelJob> labelJobs;

    public List<BloodUnit> stock(String component, String bloodGroup) throws SQLException {
        String comp = component == null ? "RBC" : component.trim().toUpperCase(Locale.ROOT);
        if (!COMPONENTS.contains(comp)) {
            throw new IllegalArgumentException("unknown component " + comp);
        }
        if (bloodGroup == null || bloodGroup.isBlank()) {
            throw new IllegalArgumentException("blood group required");
        }
        return repository.availableStock(comp, bloodGroup.trim());
    }

    public List<BloodUnit> expiring(int days) throws SQLException {
        if (days < 0 || days > 42) {
            throw new IllegalArgumentException("days must be between 0 and 42");
        }
        return repository.expiringWithin(days);
    }

    public BloodUnit unit(String unitNumber) throws SQLException {
        return repository.findByUnitNumber(unitNumber.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("unit " + unitNumber));
    }

    public LabelJob queueLabel(String unitNumber, String printerName, String media, int copies, String staffId) {
        LabelJob job = new LabelJob(unitNumber, printerName, media, copies, staffId, Instant.now());
        job.validate();
        labelJobs.send(job);
        return job;
    }

    public int printShiftLabels(String printerName, List<String> unitNumbers) throws SQLException, IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        for (String din : unitNumbers) {
            files.add(labelStation.render(unit(din)));
        }
        return labelStation.printBatch(printerName, files);
    }
}
