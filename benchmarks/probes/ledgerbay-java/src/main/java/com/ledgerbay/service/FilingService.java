package com.ledgerbay.service;

import com.ledgerbay.domain.Filing;
import com.ledgerbay.domain.Importer;
import com.ledgerbay.domain.LineItem;
import com.ledgerbay.service.DutyCalculator.DutyQuote;
import com.ledgerbay.dto.FilingRequest;
import com.ledgerbay.dto.FilingSearchCriteria;
import com.ledgerbay.repository.FilingRepository;
import com.ledgerbay.repository.ImporterRepository;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

public class FilingService {

    /** Filer code (3) - entry sequence (7) - check digit (1). */
    public static final Pattern ENTRY_NUMBER = Pattern.compile("^[A-Z0-9]{3}-\\d{7}-\\d$");
    private static final Pattern PORT = Pattern.compile("^\\d{4}$");

    private final FilingRepository filings;
    private final ImporterRepository importers;
    private final DutyCalculator calculator;
    private final WebhookService webhooks;

    public FilingService(FilingRepository filings, ImporterRepository importers,
                         DutyCalculator calculator, WebhookService webhooks) {
        this.filings = filings;
        this.importers = importers;
        this.calculator = calculator;
        this.webhooks = webhooks;
    }

    public Filing createDraft(FilingRequest request, long brokerId) {
        if (request.entryNumber() == null || !ENTRY_NUMBER.matcher(request.entryNumber()).matches()) {
            throw new IllegalArgumentException("entry number must look like ABC-1234567-8");
        }
        if (request.portCode() == null || !PORT.matcher(request.portCode()).matches()) {
            throw new IllegalArgumentException("port code must be the 4-digit Schedule D code");
        }
        Importer importer = importers.findByIor(request.iorNumber())
                .orElseThrow(() -> new NoSuchElementException("unknown importer of record " + request.iorNumber()));

        DutyQuote quote = calculator.quote(request, true);
        Filing filing = new Filing(request.entryNumber(), request.portCode(), importer, brokerId);
        filing.setBrokerReference(request.brokerReference());
        filing.setImporterNotes(request.importerNotes());
        filing.setDeclaredValue(quote.enteredValue());
        filing.setDutyAmount(quote.dutyTotal());
        filing.setMpfAmount(quote.merchandiseProcessingFee());
        int lineNo = 1;
        for (FilingRequest.Line line : request.lines()) {
            LineItem item = new LineItem(lineNo, line.htsCode(), line.countryOfOrigin(),
                    line.quantity(), line.unitOfMeasure(), line.enteredValue());
            item.setDutyAmount(quote.lines().get(lineNo - 1).duty());
            filing.addLineItem(item);
            lineNo++;
        }
        return filings.save(filing);
    }

    public Filing submit(UUID filingId, long brokerId) {
        Filing filing = requireOwned(filingId, brokerId);
        filing.setStatus(Filing.Status.SUBMITTED);
        filing.setFiledAt(Instant.now());
        Filing saved = filings.save(filing);
        webhooks.publish(brokerId, "filing.submitted", "{\"entryNumber\":\"" + saved.getEntryNumber() + "\",\"status\":\"SUBMITTED\"}");
        return saved;
    }

    public Filing requireOwned(UUID filingId, long brokerId) {
        Filing filing = filings.findById(filingId).orElseThrow(() -> new NoSuchElementException("filing not found"));
        if (filing.getBrokerId() == null || filing.getBrokerId() != brokerId) {
            throw new NoSuchElementException("filing not found");
        }
        return filing;
    }

    public Optional<Filing> byEntryNumber(String entryNumber) {
        return filings.findByEntryNumber(entryNumber);
    }

    public List<Filing> search(FilingSearchCriteria criteria) {
        return filings.search(criteria);
    }

    public List<Filing> portQueue(String portCode, String status, int limit) {
        return filings.findByPortAndStatus(portCode, status == null ? "SUBMITTED" : status.toUpperCase(), limit);
    }

    public List<Filing> recent(long brokerId, int limit) {
        return filings.recentForBroker(brokerId, Math.min(Math.max(limit, 1), 100));
    }

    public void applyCbpDisposition(String entryNumber, String dispositionCode) {
        Filing.Status status = switch (dispositionCode) {
            case "01", "1USG" -> Filing.Status.RELEASED;
            case "02", "REJ" -> Filing.Status.REJECTED;
            case "ACC" -> Filing.Status.ACCEPTED;
            case "LIQ" -> Filing.Status.LIQUIDATED;
            default -> null;
        };
        if (status != null) {
            filings.updateStatus(entryNumber, status);
        }
    }
}
