package com.cargomark.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "carrier_account")
public class CarrierAccount {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "carrier_code", nullable = false, length = 10)
    private String carrierCode;

    @Column(name = "account_number", length = 40)
    private String accountNumber;

    @Column(name = "surcharge_formula", length = 2000)
    private String surchargeFormula;

    @Column(name = "field_mapping", columnDefinition = "text")
    private String fieldMapping;

    private boolean active = true;

    public UUID getId() { return id; }
    public UUID getCustomerId() { return customerId; }
    public void setCustomerId(UUID customerId) { this.customerId = customerId; }
    public String getCarrierCode() { return carrierCode; }
    public void setCarrierCode(String carrierCode) { this.carrierCode = carrierCode; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
    public String getSurchargeFormula() { return surchargeFormula; }
    public void setSurchargeFormula(String surchargeFormula) { this.surchargeFormula = surchargeFormula; }
    public String getFieldMapping() { return fieldMapping; }
    public void setFieldMapping(String fieldMapping) { this.fieldMapping = fieldMapping; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
