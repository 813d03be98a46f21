package org.stlukes.dispensa.pharmacy.service;

import org.springframework.stereotype.Service;
import org.stlukes.dispensa.pharmacy.dao.DispenseDao;
import org.stlukes.dispensa.pharmacy.dao.ReportPreferenceDao;
import org.stlukes.dispensa.pharmacy.model.ReportSort;

import java.time.LocalDate;
import java.util.*;

@Service
public class DispensingService {

    private static final Set<String> ROUTES = Set.of("PO", "IV", "IM", "SC", "PR", "TOP", "INH");

    private final DispenseDao dispenseDao;
    private final ReportPreferenceDao preferenceDao;

    public DispensingService(DispenseDao dispenseDao, ReportPreferenceDao preferenceDao) {
        this.dispenseDao = dispenseDao;
        this.preferenceDao = preferenceDao;
    }

    public List<Map<String, Object>> patientHistory(String mrn, int days) {
        int window = Math.min(Math.max(days, 1), 365);
        return dispenseDao.historyForPatient(mrn, LocalDate.now().minusDays(window));
    }

    public List<Map<String, Object>> search(Map<String, String> criteria) {
        Map<String, String> normalised = new LinkedHashMap<>();
        criteria.forEach((key, value) -> normalised.put(key, value.trim()));
        if (normalised.containsKey("route") && !ROUTES.contains(normalised.get("route"))) {
            normalised.remove("route");
        }
        return dispenseDao.search(normalised);
    }

    public List<Map<String, Object>> wardSummary(String ward, String staffId) {
        String orderBy = preferenceDao.findOrderBy(staffId).orElse(ReportSort.NEWEST.orderBy());
        return dispenseDao.wardSummary(ward, orderBy);
    }

    public void saveSortPreference(String staffId, ReportSort sort) {
        preferenceDao.save(staffId, sort);
    }
}
