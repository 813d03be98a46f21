package com.claimwright.core.dao;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.jooq.*;

public class PolicyQueryDao {

    private final DSLContext dsl;
    private final EntityManager entityManager;

    public PolicyQueryDao(DSLContext dsl, EntityManager entityManager) {
        this.dsl = dsl;
        this.entityManager = entityManager;
    }

    public Result<Record> policiesByHolder(String holderName) {
        return dsl.fetch("SELECT policy_number, holder_name, product_code, effective_date FROM policies WHERE holder_name ILIKE '%" + holderName + "%' LIMIT 100"); // VULN sqli
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> claimTotalsForRegion(String regionCode) {
        return entityManager.createNativeQuery("SELECT c.status, COUNT(*), SUM(c.reserve_amount) FROM claims c JOIN adjusters a ON a.id = c.adjuster_id WHERE a.region = '" + regionCode + "' GROUP BY c.status") // SAFE sqli
                .getResultList();
    }
}
