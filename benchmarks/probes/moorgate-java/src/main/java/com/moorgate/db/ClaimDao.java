package com.moorgate.db;

import com.moorgate.api.Claim;
import com.moorgate.api.ClaimNote;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterBeanMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindBean;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RegisterBeanMapper(Claim.class)
@RegisterBeanMapper(ClaimNote.class)
public interface ClaimDao extends SqlObject {

    String CLAIM_COLUMNS = "id, claim_ref, policy_number, carrier_code, vessel_name, container_number, port_code, "
            + "status, description, tracking_url, claimed_amount, currency, loss_date, created_at";

    @SqlQuery("SELECT " + CLAIM_COLUMNS + " FROM claims WHERE id = :id")
    Optional<Claim> findById(@Bind("id") UUID id);

    @SqlQuery("SELECT " + CLAIM_COLUMNS + " FROM claims WHERE claim_ref = :ref") // SAFE sqli
    Optional<Claim> findByRef(@Bind("ref") String ref);

    @SqlQuery("SELECT " + CLAIM_COLUMNS + " FROM claims WHERE status = :status ORDER BY <sortColumn> <direction> LIMIT :limit OFFSET :offset") // VULN sqli
    List<Claim> listByStatus(@Bind("status") String status, @Define("sortColumn") String sortColumn,
                             @Define("direction") String direction, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlUpdate("INSERT INTO claims (id, claim_ref, policy_number, carrier_code, vessel_name, container_number, port_code, "
            + "status, description, tracking_url, claimed_amount, currency, loss_date, created_at) VALUES (:id, :claimRef, "
            + ":policyNumber, :carrierCode, :vesselName, :containerNumber, :portCode, :status, :description, :trackingUrl, "
            + ":claimedAmount, :currency, :lossDate, now())")
    void insert(@BindBean Claim claim);

    @SqlUpdate("UPDATE claims SET status = :status WHERE id = :id")
    int updateStatus(@Bind("id") UUID id, @Bind("status") String status);

    @SqlUpdate("INSERT INTO claim_notes (claim_id, author, body, created_at) VALUES (:claimId, :author, :body, now())")
    @GetGeneratedKeys("id")
    long insertNote(@BindBean ClaimNote note);

    @SqlQuery("SELECT id, claim_id, author, body, created_at FROM claim_notes WHERE claim_id = :claimId ORDER BY created_at")
    List<ClaimNote> notesFor(@Bind("claimId") UUID claimId);

    @SqlQuery("SELECT nextval('claim_ref_seq')")
    long nextReferenceNumber();
}
