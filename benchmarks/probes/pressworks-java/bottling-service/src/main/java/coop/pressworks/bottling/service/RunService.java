package coop.pressworks.bottling.service;

import coop.pressworks.bottling.api.BottlingApi.BatchSummary;
import coop.pressworks.bottling.api.BottlingApi.BottlingRun;
import coop.pressworks.bottling.db.RunDao;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

public class RunService {

    private static final Pattern SEASON = Pattern.compile("^(19|20)\\d{2}$");
    private static final Set<String> STATUSES = Set.of("PLANNED", "RUNNING", "PAUSED", "COMPLETE", "QA_HOLD");
    private static final Map<String, String> EXPORT_SORT = Map.of(
            "started", "r.started_at",
            "line", "r.line_code",
            "lot", "r.lot_code",
            "sku", "r.sku",
            "filled", "r.bottles_filled");
    private static final int MAX_NOTES = 4_000;

    private final RunDao runs;

    public RunService(RunDao runs) {
        this.runs = runs;
    }

    public BottlingRun run(long runId) {
        return runs.findRun(runId).orElseThrow(() -> new NotFoundException("No bottling run " + runId));
    }

    public List<BottlingRun> list(String lineCode, String status) {
        if (lineCode != null && !lineCode.isBlank()) {
            return runs.findByLine(lineCode.trim());
        }
        String wanted = status == null ? "RUNNING" : status.toUpperCase(Locale.ROOT);
        return runs.findByStatus(wanted);
    }

    public List<BatchSummary> batches(String season, String lotPrefix) {
        if (season == null || !SEASON.matcher(season).matches()) {
            throw new BadRequestException("season must be a four digit year");
        }
        return runs.searchBatches(season, lotPrefix == null ? "" : lotPrefix.toUpperCase(Locale.ROOT));
    }

    public List<BottlingRun> export(String sortKey, String direction) {
        String column = EXPORT_SORT.get(sortKey == null ? "started" : sortKey);
        if (column == null) {
            throw new BadRequestException("sort must be one of " + EXPORT_SORT.keySet());
        }
        return runs.exportAll(column, "desc".equalsIgnoreCase(direction));
    }

    public void recordNotes(long runId, String operatorNotes, String tastingNotes) {
        run(runId);
        if (length(operatorNotes) > MAX_NOTES || length(tastingNotes) > MAX_NOTES) {
            throw new BadRequestException("Notes are limited to 4000 characters");
        }
        runs.updateNotes(runId, operatorNotes, tastingNotes);
    }

    public boolean isKnownStatus(String status) {
        return status != null && STATUSES.contains(status.toUpperCase(Locale.ROOT));
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
