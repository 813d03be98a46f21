package com.nacelle.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.nacelle.dto.CurtailmentDtos.CurtailmentSummary;
import com.nacelle.repository.CurtailmentRepository.SavedFilter;
import com.nacelle.service.CurtailmentService;
import com.nacelle.service.DocumentStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly export of curtailment events per saved filter, plus the monthly compensation
 * letters on the first day of each month.
 */
@Component
public class CurtailmentExportJob {

    private static final Logger log = LoggerFactory.getLogger(CurtailmentExportJob.class);
    private static final List<String> COLUMNS = List.of("event_id", "turbine_tag", "grid_zone", "started_at", "ended_at", "curtailed_mwh", "instruction_ref");

    private final CurtailmentService curtailmentService;
    private final DocumentStorage storage;

    public CurtailmentExportJob(CurtailmentService curtailmentService, DocumentStorage storage) {
        this.curtailmentService = curtailmentService;
        this.storage = storage;
    }

    @Scheduled(cron = "${nacelle.export.cron}", zone = "Europe/Berlin")
    public void exportYesterday() {
        LocalDate day = LocalDate.now().minusDays(1);
        for (SavedFilter filter : curtailmentService.savedFilters()) {
            try {
                List<Map<String, Object>> rows = curtailmentService.eventsForFilter(filter, day);
                String fileName = "filter-" + filter.id() + "-" + day + ".csv";
                storage.writeExport(fileName, toCsv(rows).getBytes(StandardCharsets.UTF_8));
                log.info("Exported {} rows for filter '{}' ({})", rows.size(), filter.name(), fileName);
            } catch (IOException | DataAccessException e) {
                log.error("Export failed for filter {}", filter.id(), e);
            }
        }
        if (day.plusDays(1).getDayOfMonth() == 1) {
            monthlyLetters(YearMonth.from(day));
        }
    }

    private void monthlyLetters(YearMonth month) {
        Map<String, List<SavedFilter>> byOperator = curtailmentService.savedFilters().stream()
                .filter(f -> f.operatorCode() != null)
                .collect(Collectors.groupingBy(SavedFilter::operatorCode));
        byOperator.forEach((operator, filters) -> {
            try {
                List<CurtailmentSummary> rows = filters.stream()
                        .map(SavedFilter::gridZone)
                        .distinct()
                        .flatMap(zone -> curtailmentService.summary(zone, month.atDay(1), month.atEndOfMonth()).stream())
                        .toList();
                String letter = curtailmentService.renderLetter(operator, rows);
                storage.writeExport("letter-" + operator.replaceAll("[^A-Za-z0-9-]", "_") + "-" + month + ".txt",
                        letter.getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                log.error("Letter for operator {} failed", operator, e);
            }
        });
    }

    private static String toCsv(List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder(String.join(";", COLUMNS)).append('\n');
        for (Map<String, Object> row : rows) {
            csv.append(COLUMNS.stream().map(c -> csvCell(row.get(c))).collect(Collectors.joining(";"))).append('\n');
        }
        return csv.toString();
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        return s.contains(";") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
