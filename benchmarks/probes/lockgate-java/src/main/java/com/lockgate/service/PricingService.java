package com.lockgate.service;

import com.lockgate.config.Database;
import com.lockgate.model.Boat;

import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Lock tolls. Each waterway company keeps its own pricing rule as an expression over
 * the boat's dimensions (finance edit these without a release); the national default
 * applies where a waterway has not set one.
 */
public class PricingService {

    static final String NATIONAL_DEFAULT = "Math.round(350 + 42 * Math.max(0, length - 6) + (beam > 2.16 ? 250 : 0))";

    private final DataSource dataSource;
    private final ScriptEngineManager engines = new ScriptEngineManager();

    public PricingService() {
        this(Database.get().dataSource());
    }

    public PricingService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private ScriptEngine engine() {
        ScriptEngine engine = engines.getEngineByName("nashorn");
        if (engine == null) {
            throw new IllegalStateException("no script engine available for tariff formulas");
        }
        return engine;
    }

    /** Published estimate on the search page, before the skipper has picked a boat. */
    public int estimate(double lengthMetres, double beamMetres) {
        ScriptEngine engine = engine();
        Bindings vars = engine.createBindings();
        vars.put("length", lengthMetres);
        vars.put("beam", beamMetres);
        try {
            Object result = engine.eval(NATIONAL_DEFAULT, vars); // SAFE code
            return ((Number) result).intValue();
        } catch (ScriptException e) {
            throw new IllegalStateException("default tariff failed", e);
        }
    }

    public int tollFor(String lockCode, Boat boat) {
        String formula = waterwayForLock(lockCode).flatMap(this::formulaFor).orElse(NATIONAL_DEFAULT);
        ScriptEngine engine = engine();
        Bindings vars = engine.createBindings();
        vars.put("length", boat.getLengthMetres());
        vars.put("beam", boat.getBeamMetres());
        vars.put("hull", boat.getHullType());
        try {
            Object result = engine.eval(formula, vars); // VULN code
            return Math.max(0, ((Number) result).intValue());
        } catch (ScriptException | ClassCastException e) {
            throw new IllegalStateException("tariff formula for " + lockCode + " is broken", e);
        }
    }

    public void updateFormula(String waterway, String formula, String editedBy) {
        if (waterway == null || waterway.isBlank() || formula == null || formula.isBlank()) {
            throw new IllegalArgumentException("waterway and formula are required");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO toll_tariff (waterway, formula, edited_by, edited_at) VALUES (?, ?, ?, now()) "
                             + "ON CONFLICT (waterway) DO UPDATE SET formula = EXCLUDED.formula, "
                             + "edited_by = EXCLUDED.edited_by, edited_at = now()")) {
            ps.setString(1, waterway.trim());
            ps.setString(2, formula.trim());
            ps.setString(3, editedBy);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("saving tariff failed", e);
        }
    }

    private Optional<String> formulaFor(String waterway) {
        return single("SELECT formula FROM toll_tariff WHERE waterway = ?", waterway);
    }

    private Optional<String> waterwayForLock(String lockCode) {
        return single("SELECT waterway FROM lock_site WHERE code = ?", lockCode);
    }

    private Optional<String> single(String sql, String param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tariff lookup failed", e);
        }
    }
}
