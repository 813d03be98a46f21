package com.quarrystone.service;

import com.quarrystone.repository.ReportRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Record2;

/** Management reports for the customer portal and the quarry managers. */
public class ReportService {

    private final ReportRepository reports;

    public ReportService(ReportRepository reports) {
        this.reports = reports;
    }

    public Map<String, BigDecimal> tonnageByProduct(long customerId, String siteCode, String fromText) {
        LocalDate from = parseDate(fromText, LocalDate.now().withDayOfMonth(1));
        StringBuilder clause = new StringBuilder("status = 'FINALISED'");
        clause.append(" and customer_id = ").append(customerId);
        clause.append(" and finalised_at >= date '").append(from).append("'");
        if (siteCode != null && !siteCode.isBlank()) {
            clause.append(" and site_code = '").append(siteCode).append("'");
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Record2<String, BigDecimal> r : reports.tonnageByProduct(clause.toString())) {
            out.put(r.value1(), r.value2() == null ? BigDecimal.ZERO : r.value2().movePointLeft(3));
        }
        return out;
    }

    public Map<LocalDate, BigDecimal> dailyTotals(String siteCode, String fromText, String toText) {
        LocalDate to = parseDate(toText, LocalDate.now());
        LocalDate from = parseDate(fromText, to.minusDays(30));
        Map<LocalDate, BigDecimal> out = new LinkedHashMap<>();
        for (Record2<LocalDate, BigDecimal> r : reports.dailyTotals(siteCode, from, to)) {
            out.put(r.value1(), r.value2() == null ? BigDecimal.ZERO : r.value2().movePointLeft(3));
        }
        return out;
    }

    private static LocalDate parseDate(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
