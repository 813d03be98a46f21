package com.dosewell.pharmacy.service;

import com.dosewell.pharmacy.dto.CostReportRow;
import com.dosewell.pharmacy.dto.DrugRequest;
import com.dosewell.pharmacy.dto.ImportSummary;
import com.dosewell.pharmacy.model.Drug;
import com.dosewell.pharmacy.model.FormularyStatus;
import com.dosewell.pharmacy.repository.DrugRepository;
import com.dosewell.pharmacy.repository.PrescriptionRepository;
import com.dosewell.pharmacy.util.SortColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class FormularyService {

    private static final Logger LOG = Logger.getLogger(FormularyService.class);

    private final DrugRepository drugs;
    private final PrescriptionRepository prescriptions;
    private final ImportService importService;
    private final MonographService monographs;

    @Inject
    public FormularyService(DrugRepository drugs, PrescriptionRepository prescriptions,
                            ImportService importService, MonographService monographs) {
        this.drugs = drugs;
        this.prescriptions = prescriptions;
        this.importService = importService;
        this.monographs = monographs;
    }

    public List<Drug> search(String term, String sort, String dir) {
        String column = SortColumns.resolve(sort);
        boolean descending = "desc".equalsIgnoreCase(dir);
        return drugs.search(term == null ? "" : term.trim(), column, descending);
    }

    public List<CostReportRow> costReport(String therapeuticClass, String sort, String dir) {
        if (therapeuticClass == null || therapeuticClass.isBlank()) {
            throw new BadRequestException("class is required");
        }
        String direction = dir == null ? "ASC" : dir.trim().toUpperCase(Locale.ROOT);
        if (!direction.equals("ASC") && !direction.equals("DESC")) {
            throw new BadRequestException("dir must be ASC or DESC");
        }
        String column = (sort == null || sort.isBlank()) ? "orders" : sort.trim();
        return drugs.costReportByClass(therapeuticClass, column + " " + direction)
                .stream()
                .map(CostReportRow::fromRow)
                .toList();
    }

    public Drug get(long id) {
        return drugs.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No drug " + id));
    }

    @Transactional
    public Drug create(DrugRequest request, String user) {
        if (request.ndc() == null || !request.ndc().matches("\\d{4,5}-\\d{3,4}-\\d{1,2}")) {
            throw new BadRequestException("NDC must be in 5-4-2, 4-4-2 or 5-3-2 format");
        }
        if (drugs.findByNdc(request.ndc()).isPresent()) {
            throw new BadRequestException("NDC already on file");
        }
        Drug drug = new Drug();
        apply(drug, request);
        drug.formularyStatus = FormularyStatus.PENDING_REVIEW;
        drug.updatedBy = user;
        drug.updatedAt = Instant.now();
        drugs.persist(drug);
        return drug;
    }

    @Transactional
    public Drug update(long id, DrugRequest request, String user) {
        Drug drug = get(id);
        apply(drug, request);
        drug.updatedBy = user;
        drug.updatedAt = Instant.now();
        return drug;
    }

    @Transactional
    public Drug changeStatus(long id, FormularyStatus status, String reviewer) {
        Drug drug = get(id);
        if (status == FormularyStatus.NON_FORMULARY) {
            int held = prescriptions.discontinueForDrug(drug);
            LOG.infof("Drug %s removed from formulary by %s, %d active orders put on hold", drug.ndc, reviewer, held);
        }
        drug.formularyStatus = status;
        drug.updatedBy = reviewer;
        drug.updatedAt = Instant.now();
        return drug;
    }

    public String fetchExternalMonograph(String sourceUrl) {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            throw new BadRequestException("source is required");
        }
        return monographs.fetch(sourceUrl.trim());
    }

    @Transactional
    public ImportSummary importMonographBundle(Path uploadedArchive, String user) throws IOException {
        String batchId = UUID.randomUUID().toString();
        List<Path> files = importService.extract(uploadedArchive, batchId);
        List<String> warnings = new ArrayList<>();
        int updated = 0;
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (!fileName.endsWith(".txt")) {
                continue;
            }
            String ndc = fileName.substring(0, fileName.length() - 4);
            var drug = drugs.findByNdc(ndc);
            if (drug.isEmpty()) {
                warnings.add("No formulary entry for " + ndc);
                continue;
            }
            drug.get().notes = Files.readString(file);
            drug.get().updatedBy = user;
            drug.get().updatedAt = Instant.now();
            updated++;
        }
        LOG.infof("Monograph import %s by %s: %d files, %d drugs updated", batchId, user, files.size(), updated);
        return new ImportSummary(batchId, files.size(), updated, warnings);
    }

    private static void apply(Drug drug, DrugRequest request) {
        drug.ndc = request.ndc();
        drug.name = request.name();
        drug.genericName = request.genericName();
        drug.therapeuticClass = request.therapeuticClass();
        drug.form = request.form();
        drug.strength = request.strength();
        drug.controlledSchedule = request.controlledSchedule();
        drug.notes = request.notes();
        drug.unitCost = request.unitCost();
    }
}
