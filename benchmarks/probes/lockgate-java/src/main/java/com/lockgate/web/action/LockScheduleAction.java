package com.lockgate.web.action;

import com.lockgate.service.ScheduleService;
import com.opensymphony.xwork2.ActionContext;
import com.opensymphony.xwork2.ActionSupport;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * Keeper schedule page: optionally upload an edited schedule, then look up opening
 * windows for a lock by name.
 */
public class LockScheduleAction extends ActionSupport {

    private File upload;
    private String uploadContentType;
    private String uploadFileName;
    private String lockName;

    private int importedLocks;
    private List<ScheduleService.Window> windows = List.of();

    @Override
    public String execute() throws Exception {
        if (upload != null) {
            if (ActionContext.getContext().getSession().get("skipperEmail") == null) {
                return LOGIN;
            }
            if (uploadContentType != null && !uploadContentType.contains("xml")) {
                addFieldError("upload", "Schedules must be XML");
                return INPUT;
            }
            try (InputStream in = Files.newInputStream(upload.toPath())) {
                importedLocks = ScheduleService.get().importUpload(in);
            }
            addActionMessage("Imported " + importedLocks + " locks from " + uploadFileName);
        }
        if (lockName != null && !lockName.isBlank()) {
            windows = ScheduleService.get().windowsForLockName(lockName.trim());
        }
        return SUCCESS;
    }

    public void setUpload(File upload) { this.upload = upload; }
    public void setUploadContentType(String uploadContentType) { this.uploadContentType = uploadContentType; }
    public void setUploadFileName(String uploadFileName) { this.uploadFileName = uploadFileName; }
    public void setLockName(String lockName) { this.lockName = lockName; }

    public String getLockName() { return lockName; }
    public int getImportedLocks() { return importedLocks; }
    public List<ScheduleService.Window> getWindows() { return windows; }
}
