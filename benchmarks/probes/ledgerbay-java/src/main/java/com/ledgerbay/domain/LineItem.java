package com.ledgerbay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "filing_line_item")
public class LineItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "filing_id", nullable = false)
    private Filing filing;

    @Column(name = "line_no")
    private int lineNumber;

    @Column(name = "hts_code", length = 10)
    private String htsCode;

    @Column(name = "country_of_origin", length = 2)
    private String countryOfOrigin;

    @Column(name = "quantity", precision = 14, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_of_measure", length = 8)
    private String unitOfMeasure;

    @Column(name = "entered_value", precision = 14, scale = 2)
    private BigDecimal enteredValue;

    @Column(name = "duty_amount", precision = 14, scale = 2)
    private BigDecimal dutyAmount = BigDecimal.ZERO;

    protected LineItem() {
    }

    public LineItem(int lineNumber, String htsCode, String countryOfOrigin,
                    BigDecimal quantity, String unitOfMeasure, BigDecimal enteredValue) {
        this.lineNumber = lineNumber;
        this.htsCode = htsCode;
        this.countryOfOrigin = countryOfOrigin;
        this.quantity = quantity;
        this.unitOfMeasure = unitOfMeasure;
        this.enteredValue = enteredValue;
    }

    void setFiling(Filing filing) { this.filing = filing; }

    public Long getId() { return id; }
    public Filing getFiling() { return filing; }
    public int getLineNumber() { return lineNumber; }
    public String getHtsCode() { return htsCode; }
    public String getCountryOfOrigin() { return countryOfOrigin; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public BigDecimal getEnteredValue() { return enteredValue; }
    public BigDecimal getDutyAmount() { return dutyAmount; }
    public void setDutyAmount(BigDecimal dutyAmount) { this.dutyAmount = dutyAmount; }
}
