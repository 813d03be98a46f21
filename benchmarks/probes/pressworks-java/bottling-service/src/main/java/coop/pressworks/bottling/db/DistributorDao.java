package coop.pressworks.bottling.db;

import coop.pressworks.bottling.api.BottlingApi.Distributor;
import coop.pressworks.bottling.api.BottlingApi.Shipment;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Trade customers (distributors, bottle shops) and their shipments.
 */
public class DistributorDao {

    private static final RowMapper<Distributor> DISTRIBUTOR = (rs, ctx) -> new Distributor(
            rs.getLong("id"),
            rs.getString("login"),
            rs.getString("company_name"),
            rs.getString("email"),
            rs.getString("password_hash"),
            rs.getString("webhook_url"),
            rs.getString("region"));

    private static final RowMapper<Shipment> SHIPMENT = (rs, ctx) -> new Shipment(
            rs.getLong("id"),
            rs.getLong("distributor_id"),
            rs.getString("courier"),
            rs.getString("tracking_number"),
            lotCodes(rs.getArray("lot_codes")),
            rs.getInt("cases"),
            rs.getDate("planned_date").toLocalDate(),
            rs.getString("status"));

    private final Jdbi jdbi;

    public DistributorDao(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Distributor> findByLogin(String login) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM distributor WHERE login = :login").bind("login", login).map(DISTRIBUTOR).findOne()); // SAFE sqli
    }

    public Optional<Distributor> findById(long id) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM distributor WHERE id = :id")
                .bind("id", id)
                .map(DISTRIBUTOR)
                .findOne());
    }

    public long insert(String login, String companyName, String email, String passwordHash, String region) {
        return jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO distributor (login, company_name, email, password_hash, region) "
                        + "VALUES (:login, :company, :email, :hash, :region)")
                .bind("login", login)
                .bind("company", companyName)
                .bind("email", email)
                .bind("hash", passwordHash)
                .bind("region", region)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    public void updatePasswordHash(long id, String passwordHash) {
        jdbi.useHandle(handle -> handle
                .createUpdate("UPDATE distributor SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash)
                .bind("id", id)
                .execute());
    }

    public void updateWebhook(long id, String webhookUrl) {
        jdbi.useHandle(handle -> handle
                .createUpdate("UPDATE distributor SET webhook_url = :url WHERE id = :id")
                .bind("url", webhookUrl)
                .bind("id", id)
                .execute());
    }

    public Optional<Shipment> findShipment(long shipmentId) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM shipment WHERE id = :id")
                .bind("id", shipmentId)
                .map(SHIPMENT)
                .findOne());
    }

    public void markDispatched(long shipmentId, String trackingNumber) {
        jdbi.useHandle(handle -> handle
                .createUpdate("UPDATE shipment SET status = 'DISPATCHED', tracking_number = :tracking, "
                        + "dispatched_at = now() WHERE id = :id")
                .bind("tracking", trackingNumber)
                .bind("id", shipmentId)
                .execute());
    }

    public Optional<String> invoiceFile(long invoiceId, long distributorId) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT file_name FROM invoice WHERE id = :id AND distributor_id = :distributor")
                .bind("id", invoiceId)
                .bind("distributor", distributorId)
                .mapTo(String.class)
                .findOne());
    }

    private static List<String> lotCodes(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
