package com.lockgate.web.action;

import com.lockgate.service.ReportService;
import com.opensymphony.xwork2.ActionContext;
import com.opensymphony.xwork2.ActionSupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Keeper and licensing-office reports. Results either go to the JSP table view or, for
 * the PDF variants, are streamed through the "stream" result type.
 */
public class ReportAction extends ActionSupport {

    private String type = "passages";
    private String title = "Lockgate report";
    private String lockCode;
    private String lockId;
    private String operator;
    private int days = 7;

    private List<Map<String, Object>> rows;
    private int passageCount;
    private InputStream pdfStream;
    private String pdfName;

    private final ReportService reports = new ReportService();

    @Override
    public String execute() throws Exception {
        Map<String, Object> session = ActionContext.getContext().getSession();
        if (session.get("skipperRole") == null || "SKIPPER".equals(session.get("skipperRole"))) {
            return LOGIN;
        }
        switch (type) {
            case "passages" -> {
                rows = reports.passageHistory(lockCode, operator, days);
                return SUCCESS;
            }
            case "count" -> {
                passageCount = reports.passageCount(lockId, days);
                return SUCCESS;
            }
            case "licence-pdf" -> {
                return pdf(reports.licenceExpiryPdf(title, days));
            }
            case "passage-pdf" -> {
                return pdf(reports.passageHistoryPdf(title, lockCode, days));
            }
            default -> {
                addActionError("Unknown report type");
                return INPUT;
            }
        }
    }

    private String pdf(Path file) throws IOException {
        pdfStream = Files.newInputStream(file);
        pdfName = file.getFileName().toString();
        return "pdf";
    }

    public void setType(String type) { this.type = type; }
    public void setTitle(String title) { this.title = title; }
    public void setLockCode(String lockCode) { this.lockCode = lockCode; }
    public void setLockId(String lockId) { this.lockId = lockId; }
    public void setOperator(String operator) { this.operator = operator; }
    public void setDays(int days) { this.days = days; }

    public List<Map<String, Object>> getRows() { return rows; }
    public int getPassageCount() { return passageCount; }
    public InputStream getPdfStream() { return pdfStream; }
    public String getPdfName() { return pdfName; }
}
