package org.stlukes.dispensa.pharmacy.dao;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Repository
public class ControlledLogDao {

    private static final String REGISTER_SQL = """
            SELECT e.id, e.entry_type, e.quantity, e.balance_after, e.recorded_by, e.witnessed_by, e.recorded_at
            FROM cd_register_entry e
            WHERE e.ward_code = :ward AND e.drug_code = :drug AND e.recorded_at >= :from AND e.recorded_at < :to
            ORDER BY e.recorded_at""";

    private final NamedParameterJdbcTemplate named;

    public ControlledLogDao(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    public List<Map<String, Object>> register(String ward, String drugCode, LocalDate from, LocalDate to) {
        Map<String, Object> params = Map.of("ward", ward, "drug", drugCode, "from", from, "to", to.plusDays(1));
        return named.queryForList(REGISTER_SQL, params); // SAFE sqli
    }

    public void recordWitness(long entryId, String witnessUid) {
        named.update("UPDATE cd_register_entry SET witnessed_by = :uid, witnessed_at = now() WHERE id = :id",
                Map.of("uid", witnessUid, "id", entryId));
    }
}
