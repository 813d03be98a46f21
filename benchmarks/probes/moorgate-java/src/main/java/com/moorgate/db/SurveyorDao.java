package com.moorgate.db;

import com.moorgate.api.InspectionJob;
import com.moorgate.api.Surveyor;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Surveyor accounts, webhook registrations and visit bookings.
 */
public class SurveyorDao {

    private static final String COLUMNS = "id, username, display_name, firm, email, home_port, notes, callback_url, password_hash, access_code";

    private final Jdbi jdbi;

    public SurveyorDao(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Surveyor> findById(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM surveyors WHERE id = :id").bind("id", id).mapToBean(Surveyor.class).findOne()); // SAFE sqli
    }

    public Optional<Surveyor> findByUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM surveyors WHERE lower(username) = lower(:u)")
                .bind("u", username)
                .mapToBean(Surveyor.class)
                .findOne());
    }

    public List<Surveyor> listForPort(String portCode) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM surveyors WHERE home_port = :port ORDER BY display_name")
                .bind("port", portCode)
                .mapToBean(Surveyor.class)
                .list());
    }

    public void updateNotes(UUID id, String notes) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE surveyors SET notes = :notes WHERE id = :id")
                .bind("notes", notes).bind("id", id).execute());
    }

    public void saveCallbackUrl(UUID id, String url) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE surveyors SET callback_url = :url WHERE id = :id")
                .bind("url", url).bind("id", id).execute());
    }

    public void saveAccessCode(UUID id, String code) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE surveyors SET access_code = :code, access_code_issued = now() WHERE id = :id")
                .bind("code", code).bind("id", id).execute());
    }

    public void savePasswordHash(String username, String hash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE surveyors SET password_hash = :hash WHERE username = :u")
                .bind("hash", hash).bind("u", username).execute());
    }

    public void createBooking(InspectionJob job) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO inspections (job_id, claim_id, surveyor_id, port_code, visit_date, status) "
                        + "VALUES (:jobId, :claimId, :surveyorId, :portCode, :visitDate, 'QUEUED')")
                .bindBean(job)
                .execute());
    }

    /**
     * Marks every queued inspection at the job's port as assigned to the surveyor, so that
     * a single visit covers all containers discharged at that terminal.
     */
    public int markPortAssigned(InspectionJob job) {
        String sql = "UPDATE inspections SET status = 'ASSIGNED', surveyor_id = '" + job.getSurveyorId()
                + "' WHERE status = 'QUEUED' AND port_code = '" + job.getPortCode() + "'";
        return jdbi.withHandle(h -> h.createUpdate(sql).execute()); // VULN sqli
    }

    public void markCompleted(UUID jobId, String reportFile) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE inspections SET status = 'REPORTED', report_file = :f WHERE job_id = :id")
                .bind("f", reportFile).bind("id", jobId).execute());
    }
}
