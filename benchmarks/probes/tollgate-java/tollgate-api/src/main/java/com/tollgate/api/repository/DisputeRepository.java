package com.tollgate.api.repository;

import com.tollgate.api.domain.Dispute;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.*;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class DisputeRepository {

    private static final RowMapper<Dispute> ROW = (rs, i) -> new Dispute(rs.getLong("id"), rs.getString("reference"),
            rs.getLong("account_id"), rs.getLong("passage_id"), rs.getTimestamp("passage_time").toLocalDateTime(),
            Dispute.Reason.valueOf(rs.getString("reason")), rs.getString("status"), rs.getString("comment"), rs.getString("contact_email"));

    private final NamedParameterJdbcTemplate named;

    public Dispute insert(Dispute d) {
        var params = new MapSqlParameterSource("ref", d.reference()).addValue("acc", d.accountId()).addValue("passage", d.passageId())
                .addValue("time", d.passageTime()).addValue("reason", d.reason().name())
                .addValue("comment", d.comment()).addValue("email", d.contactEmail());
        Long id = named.queryForObject("INSERT INTO disputes(reference, account_id, passage_id, passage_time, reason, status, comment, "
                + "contact_email) VALUES (:ref, :acc, :passage, :time, :reason, 'OPEN', :comment, :email) RETURNING id", params, Long.class);
        return new Dispute(id, d.reference(), d.accountId(), d.passageId(), d.passageTime(), d.reason(), "OPEN", d.comment(), d.contactEmail());
    }

    public Optional<Dispute> findById(long id) {
        return named.query("SELECT * FROM disputes WHERE id = :id", Map.of("id", id), ROW).stream().findFirst();
    }
}
