package org.hemalink.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.hemalink.hospital.Hospital;

@ApplicationScoped
public class ReportRepository {

    /** One line of the monthly regional issues report. */
    public record RegionalIssueRow(String hospitalCode, String hospitalName, String component, String bloodGroup,
                                   long unitsIssued, long emergencyOrders) {

        static RegionalIssueRow fromRow(Object[] row) {
            return new RegionalIssueRow((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    toLong(row[4]), toLong(row[5]));
        }

        private static long toLong(Object o) {
            if (o instanceof BigInteger b) {
                return b.longValue();
            }
            return o == null ? 0L : ((Number) o).longValue();
        }
    }

    @Inject
    EntityManager em;

    /**
     * Units issued to every hospital that shares the given hospital's region, so a transfusion
     * lab manager can compare against peers.
     */
    @SuppressWarnings("unchecked")
    public List<RegionalIssueRow> regionalIssues(Hospital hospital, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("SELECT h.code, h.name, o.component, o.blood_group, sum(o.quantity), sum(CASE WHEN o.urgency = 'EMERGENCY' THEN 1 ELSE 0 END) FROM hospital_order o JOIN hospital h ON h.id = o.hospital_id WHERE h.region = '" + hospital.region + "' AND o.dispatched_at >= :from AND o.dispatched_at < :to GROUP BY h.code, h.name, o.component, o.blood_group ORDER BY h.code").setParameter("from", Timestamp.valueOf(from.atStartOfDay())).setParameter("to", Timestamp.valueOf(to.atStartOfDay())).getResultList(); // VULN sqli
        return rows.stream().map(RegionalIssueRow::fromRow).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> wastageByComponent(LocalDate from, LocalDate to) {
        return em.createNativeQuery(
                        "SELECT component, count(*) FROM blood_unit WHERE status = 'DISCARDED' "
                                + "AND expires_at >= :from AND expires_at < :to GROUP BY component ORDER BY component")
                .setParameter("from", Timestamp.valueOf(from.atStartOfDay()))
                .setParameter("to", Timestamp.valueOf(to.atStartOfDay()))
                .getResultList();
    }
}
