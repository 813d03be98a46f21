package com.cargomark.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import com.cargomark.domain.CarrierAccount;
import com.cargomark.domain.Shipment;
import com.cargomark.repository.CarrierAccountRepository;
import com.cargomark.repository.ShipmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly recalculation of carrier surcharges (BAF/CAF, peak season, ...) for open shipments,
 * using the formula configured on each carrier account.
 */
@Component
public class SurchargeRecalcJob {

    private static final Logger log = LoggerFactory.getLogger(SurchargeRecalcJob.class);

    private final CarrierAccountRepository accounts;
    private final ShipmentRepository shipments;
    private final JdbcTemplate jdbcTemplate;
    private final ScriptEngine engine;

    public SurchargeRecalcJob(CarrierAccountRepository accounts, ShipmentRepository shipments, JdbcTemplate jdbcTemplate) {
        this.accounts = accounts;
        this.shipments = shipments;
        this.jdbcTemplate = jdbcTemplate;
        this.engine = new ScriptEngineManager().getEngineByName("groovy");
    }

    @Transactional
    @Scheduled(cron = "0 15 2 * * *", zone = "UTC")
    public void recalculate() {
        BigDecimal bafIndex = currentBafIndex();
        for (CarrierAccount account : accounts.findByActiveTrue()) {
            String formula = account.getSurchargeFormula();
            if (formula == null || formula.isBlank()) {
                continue;
            }
            for (Shipment shipment : shipments.findOpenForCarrier(account.getCarrierCode())) {
                if (!shipment.getCustomerId().equals(account.getCustomerId())) {
                    continue;
                }
                Bindings bindings = engine.createBindings();
                bindings.put("weightKg", shipment.getTotalWeightKg());
                bindings.put("teu", shipment.getTeuCount());
                bindings.put("bafIndex", bafIndex);
                bindings.put("origin", shipment.getOrigin());
                bindings.put("destination", shipment.getDestination());
                try {
                    Object result = engine.eval(formula, bindings); // VULN code
                    storeSurcharge(shipment, new BigDecimal(String.valueOf(result)).setScale(2, RoundingMode.HALF_UP));
                } catch (ScriptException | NumberFormatException e) {
                    log.warn("Surcharge formula of account {} failed for {}: {}",
                            account.getId(), shipment.getReference(), e.getMessage());
                }
            }
        }
    }

    private BigDecimal currentBafIndex() {
        BigDecimal index = jdbcTemplate.queryForObject(
                "SELECT value FROM market_index WHERE code = 'BAF' ORDER BY valid_from DESC LIMIT 1", BigDecimal.class);
        return index == null ? BigDecimal.ONE : index;
    }

    private void storeSurcharge(Shipment shipment, BigDecimal amount) {
        jdbcTemplate.update(
                "INSERT INTO shipment_surcharge (shipment_id, code, amount, calculated_at) VALUES (?, 'BAF', ?, now())"
                        + " ON CONFLICT (shipment_id, code) DO UPDATE SET amount = EXCLUDED.amount, calculated_at = now()",
                shipment.getId(), amount);
    }
}
