package com.nacelle.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Backing object for the work order create / sign-off forms.
 */
public class WorkOrderForm {

    @NotNull
    private Long turbineId;

    private String bladePosition;

    @NotBlank
    private String repairType;

    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedFor;

    private Long technicianId;

    private String signOffToken;

    /** Where to send the user after saving (list view, turbine page, calendar). */
    private String returnUrl;

    public Long getTurbineId() { return turbineId; }
    public void setTurbineId(Long turbineId) { this.turbineId = turbineId; }
    public String getBladePosition() { return bladePosition; }
    public void setBladePosition(String bladePosition) { this.bladePosition = bladePosition; }
    public String getRepairType() { return repairType; }
    public void setRepairType(String repairType) { this.repairType = repairType; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getPlannedFor() { return plannedFor; }
    public void setPlannedFor(LocalDate plannedFor) { this.plannedFor = plannedFor; }
    public Long getTechnicianId() { return technicianId; }
    public void setTechnicianId(Long technicianId) { this.technicianId = technicianId; }
    public String getSignOffToken() { return signOffToken; }
    public void setSignOffToken(String signOffToken) { this.signOffToken = signOffToken; }
    public String getReturnUrl() { return returnUrl; }
    public void setReturnUrl(String returnUrl) { this.returnUrl = returnUrl; }
}
