package com.nacelle.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "inspections")
public class Inspection {

    public enum Severity { COSMETIC, MINOR, MAJOR, CRITICAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "turbine_id", nullable = false)
    private Long turbineId;

    @Column(name = "turbine_tag", nullable = false, length = 32)
    private String turbineTag;

    @Column(name = "inspector_name", nullable = false)
    private String inspectorName;

    @Column(name = "blade_position", length = 8)
    private String bladePosition;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Column(columnDefinition = "text")
    private String findings;

    @Column(columnDefinition = "text")
    private String notes;

    @Column(name = "reference_url")
    private String referenceUrl;

    @Column(name = "drone_image_dir")
    private String droneImageDir;

    @Column(name = "inspected_at", nullable = false)
    private Instant inspectedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTurbineId() { return turbineId; }
    public void setTurbineId(Long turbineId) { this.turbineId = turbineId; }
    public String getTurbineTag() { return turbineTag; }
    public void setTurbineTag(String turbineTag) { this.turbineTag = turbineTag; }
    public String getInspectorName() { return inspectorName; }
    public void setInspectorName(String inspectorName) { this.inspectorName = inspectorName; }
    public String getBladePosition() { return bladePosition; }
    public void setBladePosition(String bladePosition) { this.bladePosition = bladePosition; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getReferenceUrl() { return referenceUrl; }
    public void setReferenceUrl(String referenceUrl) { this.referenceUrl = referenceUrl; }
    public String getDroneImageDir() { return droneImageDir; }
    public void setDroneImageDir(String droneImageDir) { this.droneImageDir = droneImageDir; }
    public Instant getInspectedAt() { return inspectedAt; }
    public void setInspectedAt(Instant inspectedAt) { this.inspectedAt = inspectedAt; }
}
