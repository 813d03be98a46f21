package httpapi

import (
	"net/http"
	"path/filepath"
	"strconv"

	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/service"
)

func (h *handlers) requestReport(w http.ResponseWriter, r *http.Request) {
	var req dto.ReportRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	name, err := h.Reports.Request(r.Context(), userFrom(r.Context()), req)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"file": name, "status": "queued"})
}

func (h *handlers) downloadReport(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	name := r.URL.Query().Get("file")
	f, err := h.Reports.Open(user.AccountID, name)
	if err != nil {
		fail(w, err)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+filepath.Base(name)+`"`)
	http.ServeContent(w, r, filepath.Base(name), st.ModTime(), f)
}

func (h *handlers) exportSessions(w http.ResponseWriter, r *http.Request) {
	days, err := strconv.Atoi(r.URL.Query().Get("days"))
	if err != nil {
		days = 30
	}
	w.Header().Set("Content-Type", "text/csv")
	w.Header().Set("Content-Disposition", `attachment; filename="sessions.csv"`)
	if err := h.Reports.ExportRecent(r.Context(), userFrom(r.Context()).AccountID, days, w); err != nil {
		fail(w, err)
	}
}

func (h *handlers) uploadFirmware(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	if !isStaff(user.Role) {
		fail(w, service.ErrForbidden)
		return
	}
	if err := r.ParseMultipartForm(64 << 20); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid multipart body"})
		return
	}
	file, _, err := r.FormFile("bundle")
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"bundle file is required"})
		return
	}
	defer file.Close()
	path, err := h.Firmware.Upload(r.Context(), user.Subject, r.FormValue("vendor"), r.FormValue("version"), file)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"bundle": filepath.Base(path), "status": "verifying"})
}

func (h *handlers) importVendorRelease(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	if user.Role != "operator_admin" {
		fail(w, service.ErrForbidden)
		return
	}
	var req dto.VendorReleaseRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	path, err := h.Firmware.ImportRelease(r.Context(), req.Vendor, req.Version)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"bundle": filepath.Base(path), "status": "verifying"})
}
