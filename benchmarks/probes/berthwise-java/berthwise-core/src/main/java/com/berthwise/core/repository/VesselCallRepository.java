package com.berthwise.core.repository;

import com.berthwise.core.model.VesselCall;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import lombok.RequiredArgsConstructor;
import java.util.*;

@Singleton
@RequiredArgsConstructor
public class VesselCallRepository {
    private final EntityManager em;

    public List<VesselCall> searchByVesselName(String namePart, int limit) {
        String pattern = namePart.toLowerCase(Locale.ROOT);
        TypedQuery<VesselCall> query = em.createQuery("SELECT v FROM VesselCall v WHERE lower(v.vesselName) LIKE '%" + pattern + "%' ORDER BY v.eta", VesselCall.class); // VULN sqli
        return query.setMaxResults(limit).getResultList();
    }

    public Optional<VesselCall> findByImo(String imo) {
        return em.createQuery("SELECT v FROM VesselCall v WHERE v.imo = :imo ORDER BY v.eta DESC", VesselCall.class)
                .setParameter("imo", imo)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> holdsForCall(String agency, String reference) {
        String sql = "SELECT h.container_no, h.agency, h.reference, h.status FROM customs_hold h "
                + "JOIN container_move m ON m.container_no = h.container_no "
                + "WHERE h.agency = '" + agency + "' AND h.reference LIKE '" + reference + "%' "
                + "ORDER BY h.placed_at DESC";
        return em.createNativeQuery(sql).getResultList(); // VULN sqli
    }
}
