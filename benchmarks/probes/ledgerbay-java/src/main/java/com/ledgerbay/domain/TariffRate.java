package com.ledgerbay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "tariff_rate")
public class TariffRate {

    @Id
    private Long id;

    @Column(name = "hts_code", length = 10, nullable = false)
    private String htsCode;

    @Column(name = "description", length = 1000)
    private String description;

    /** GENERAL, SPECIAL program indicator (e.g. "CA", "MX", "KR") or COLUMN2. */
    @Column(name = "rate_column", length = 8)
    private String rateColumn;

    @Column(name = "ad_valorem_pct", precision = 7, scale = 4)
    private BigDecimal adValoremPercent = BigDecimal.ZERO;

    @Column(name = "specific_rate", precision = 10, scale = 4)
    private BigDecimal specificRate = BigDecimal.ZERO;

    @Column(name = "specific_uom", length = 8)
    private String specificUnit;

    @Column(name = "section_301_pct", precision = 7, scale = 4)
    private BigDecimal section301Percent = BigDecimal.ZERO;

    @Column(name = "active")
    private boolean active = true;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    protected TariffRate() {
    }

    public Long getId() { return id; }
    public String getHtsCode() { return htsCode; }
    public String getDescription() { return description; }
    public String getRateColumn() { return rateColumn; }
    public BigDecimal getAdValoremPercent() { return adValoremPercent; }
    public BigDecimal getSpecificRate() { return specificRate; }
    public String getSpecificUnit() { return specificUnit; }
    public BigDecimal getSection301Percent() { return section301Percent; }
    public boolean isActive() { return active; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
}
