package com.claimwright.core.service;

import com.claimwright.core.dao.*;
import com.claimwright.core.model.*;
import com.claimwright.core.util.InputRules;
import java.sql.SQLException;
import java.util.*;

public class ClaimSearchService {

    private static final Set<String> LOSS_TYPES = Set.of("AUTO", "WATER", "FIRE", "THEFT", "HAIL", "LIABILITY");

    private final ClaimJdbcDao claims;
    private final PolicyQueryDao policies;
    private final AccountDao preferences;

    public ClaimSearchService(ClaimJdbcDao claims, PolicyQueryDao policies, AccountDao preferences) {
        this.claims = claims;
        this.policies = policies;
        this.preferences = preferences;
    }

    public List<Claim> search(String status, String policyPrefix, String lossType, String sort, int limit) throws SQLException {
        ClaimSearchCriteria criteria = ClaimSearchCriteria.builder()
                .status(ClaimStatus.fromParam(status))
                .policyNumber(policyPrefix == null || policyPrefix.isBlank() ? null : policyPrefix.trim())
                .lossType(LOSS_TYPES.contains(lossType) ? lossType : null)
                .sort(ClaimSortField.fromParam(sort))
                .limit(Math.max(1, Math.min(limit, 200)))
                .build();
        return claims.search(criteria);
    }

    public List<Claim> workQueue(String adjusterId) throws SQLException {
        return claims.findForAdjuster(adjusterId, preferences.loadOrderClause(adjusterId));
    }

    public void updateSortPreference(String adjusterId, String sort) throws SQLException {
        preferences.saveSort(adjusterId, ClaimSortField.fromParam(sort));
    }

    public List<Map<String, Object>> policiesForHolder(String holder) {
        return holder == null || holder.isBlank() ? List.of() : policies.policiesByHolder(holder.trim()).intoMaps();
    }

    public List<Object[]> regionTotals(String region) {
        return policies.claimTotalsForRegion(InputRules.requireRegionCode(region));
    }
}
