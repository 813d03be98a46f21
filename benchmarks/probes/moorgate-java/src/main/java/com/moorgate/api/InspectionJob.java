package com.moorgate.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Message placed on the inspection queue when a surveyor visit is booked.
 */
public class InspectionJob implements Serializable {
    private static final long serialVersionUID = 3L;

    private UUID jobId;
    private UUID claimId;
    private UUID surveyorId;
    private String portCode;
    private LocalDate visitDate;
    private String printer;
    private String printTray;
    private String reportFile;
    private boolean notifyFirm;

    public UUID getJobId() { return jobId; }
    public void setJobId(UUID jobId) { this.jobId = jobId; }
    public UUID getClaimId() { return claimId; }
    public void setClaimId(UUID claimId) { this.claimId = claimId; }
    public UUID getSurveyorId() { return surveyorId; }
    public void setSurveyorId(UUID surveyorId) { this.surveyorId = surveyorId; }
    public String getPortCode() { return portCode; }
    public void setPortCode(String portCode) { this.portCode = portCode; }
    public LocalDate getVisitDate() { return visitDate; }
    public void setVisitDate(LocalDate visitDate) { this.visitDate = visitDate; }
    public String getPrinter() { return printer; }
    public void setPrinter(String printer) { this.printer = printer; }
    public String getPrintTray() { return printTray; }
    public void setPrintTray(String printTray) { this.printTray = printTray; }
    public String getReportFile() { return reportFile; }
    public void setReportFile(String reportFile) { this.reportFile = reportFile; }
    public boolean isNotifyFirm() { return notifyFirm; }
    public void setNotifyFirm(boolean notifyFirm) { this.notifyFirm = notifyFirm; }
}
