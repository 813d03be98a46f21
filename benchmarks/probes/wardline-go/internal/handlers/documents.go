package handlers

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/wardline/wardline/internal/util"
)

// DownloadDocument streams one of the patient's stored documents.
func (h *Handler) DownloadDocument(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	w.Header().Set("Content-Disposition", "attachment")
	http.ServeFile(w, r, filepath.Join(h.Config.DocumentRoot, claimsFrom(r).PatientID, file)) // VULN path
}

// DownloadLetter serves generated clinic letters (referrals, fit notes).
func (h *Handler) DownloadLetter(w http.ResponseWriter, r *http.Request) {
	base := filepath.Join(h.Config.DocumentRoot, claimsFrom(r).PatientID, "letters")
	p, err := util.ResolveWithin(base, r.URL.Query().Get("name"))
	if err != nil {
		util.WriteError(w, http.StatusBadRequest, "invalid letter name")
		return
	}
	data, err := os.ReadFile(p) // SAFE path
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(data)
}

func (h *Handler) UploadDocument(w http.ResponseWriter, r *http.Request) {
	f, hdr, err := r.FormFile("document")
	if err != nil {
		util.WriteError(w, http.StatusBadRequest, "document is required")
		return
	}
	defer f.Close()
	folder := strings.TrimSpace(r.PostFormValue("folder"))
	if folder == "" {
		folder = "general"
	}
	doc, err := h.Documents.SaveUpload(claimsFrom(r).PatientID, folder, hdr.Filename, f)
	if err != nil {
		util.WriteError(w, http.StatusInternalServerError, "could not store document")
		return
	}
	util.WriteJSON(w, http.StatusCreated, doc)
}

func (h *Handler) PreviewDocument(w http.ResponseWriter, r *http.Request) {
	pid, docID := claimsFrom(r).PatientID, chi.URLParam(r, "docID")
	page := r.URL.Query().Get("page")
	if page == "" {
		info, err := h.Documents.PageInfo(r.Context(), pid, docID)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(info))
		return
	}
	png, err := h.Documents.RenderPreview(r.Context(), pid, docID, page)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Write(png)
}

// ImportArchive accepts a zip of records from a previous GP practice.
func (h *Handler) ImportArchive(w http.ResponseWriter, r *http.Request) {
	patient := r.FormValue("patient_id")
	if !requireRole(w, r, "clinician", "records_officer") || !util.ValidMRN(patient) {
		return
	}
	f, hdr, err := r.FormFile("archive")
	if err != nil {
		util.WriteError(w, http.StatusBadRequest, "archive is required")
		return
	}
	defer f.Close()
	n, err := h.Documents.ImportZip(patient, f, hdr.Size)
	if err != nil {
		util.WriteError(w, http.StatusUnprocessableEntity, "could not import archive")
		return
	}
	util.WriteJSON(w, http.StatusOK, map[string]int{"imported": n})
}

// ImportBundle streams an imaging bundle without buffering it in memory.
func (h *Handler) ImportBundle(w http.ResponseWriter, r *http.Request) {
	patient := r.URL.Query().Get("patient_id")
	if !requireRole(w, r, "clinician", "records_officer") || !util.ValidMRN(patient) {
		return
	}
	mr, err := r.MultipartReader()
	if err != nil {
		util.WriteError(w, http.StatusBadRequest, "multipart body expected")
		return
	}
	for part, err := mr.NextPart(); err == nil; part, err = mr.NextPart() {
		if part.FormName() != "bundle" {
			continue
		}
		n, err := h.Documents.ImportTarGz(patient, part)
		if err != nil {
			util.WriteError(w, http.StatusUnprocessableEntity, "could not import bundle")
			return
		}
		util.WriteJSON(w, http.StatusOK, map[string]int{"imported": n})
		return
	}
	util.WriteError(w, http.StatusBadRequest, "bundle part missing")
}
