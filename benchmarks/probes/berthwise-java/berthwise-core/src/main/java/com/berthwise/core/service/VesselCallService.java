package com.berthwise.core.service;

import com.berthwise.core.model.BerthPlanFilter;
import com.berthwise.core.model.VesselCall;
import com.berthwise.core.repository.BerthPlanJdbcRepository;
import com.berthwise.core.repository.BerthPlanJdbcRepository.BerthPlanRow;
import com.berthwise.core.repository.VesselCallRepository;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import java.sql.SQLException;
import java.util.*;
import java.util.regex.Pattern;

@Singleton
@RequiredArgsConstructor
public class VesselCallService {
    private static final Pattern AGENCY_CODE = Pattern.compile("^[A-Z]{2,6}$");
    private static final int SEARCH_LIMIT = 50;

    private final VesselCallRepository calls;
    private final BerthPlanJdbcRepository berthPlans;

    public List<VesselCall> search(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.length() < 2) {
            return List.of();
        }
        return calls.searchByVesselName(trimmed, SEARCH_LIMIT);
    }

    public Optional<VesselCall> byImo(String imo) {
        return calls.findByImo(imo);
    }

    public List<Object[]> holdsForCall(String agency, String reference) {
        if (agency == null || !AGENCY_CODE.matcher(agency).matches()) {
            throw new IllegalArgumentException("unknown agency code");
        }
        return calls.holdsForCall(agency, reference == null ? "" : reference.strip());
    }

    public List<BerthPlanRow> berthPlan(String quay, String sortKey, int limit) throws SQLException {
        return berthPlans.listForQuay(BerthPlanFilter.forQuay(quay, sortKey, limit));
    }

    public List<BerthPlanRow> berthPlanForVessel(String vesselName) throws SQLException {
        BerthPlanFilter filter = BerthPlanFilter.forVessel(vesselName.strip());
        return berthPlans.findByVessel(filter);
    }
}
