package handlers

import (
	"encoding/gob"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/wardline/wardline/internal/services"
	"github.com/wardline/wardline/internal/util"
)

// ScheduleSnapshot is produced by the legacy desktop rota tool.
type ScheduleSnapshot struct {
	Clinic    string
	Generated time.Time
	Slots     []struct {
		ClinicianID string
		Start       time.Time
		Minutes     int
	}
	Extra map[string]interface{}
}

func (h *Handler) ReferralSummary(w http.ResponseWriter, r *http.Request) {
	sum, err := h.Records.ParseSummary(r.Body)
	if err != nil {
		util.WriteError(w, http.StatusBadRequest, "invalid referral summary")
		return
	}
	util.WriteJSON(w, http.StatusOK, sum)
}

func (h *Handler) ImportReferral(w http.ResponseWriter, r *http.Request) {
	patient := r.URL.Query().Get("patient")
	if !requireRole(w, r, "clinician", "records_officer") || !util.ValidMRN(patient) {
		return
	}
	if err := h.Records.StoreReferral(patient, chi.URLParam(r, "refID"), io.LimitReader(r.Body, 10<<20)); err != nil {
		util.WriteError(w, http.StatusUnprocessableEntity, "could not import referral")
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (h *Handler) ReferralAllergies(w http.ResponseWriter, r *http.Request) {
	mrn := r.URL.Query().Get("mrn")
	list, err := h.Records.Allergies(claimsFrom(r).PatientID, chi.URLParam(r, "refID"), mrn)
	if err != nil {
		util.WriteError(w, http.StatusNotFound, "referral not found")
		return
	}
	util.WriteJSON(w, http.StatusOK, map[string]any{"mrn": mrn, "allergies": list})
}

func (h *Handler) ReferralMedications(w http.ResponseWriter, r *http.Request) {
	mrn := r.URL.Query().Get("mrn")
	if !util.ValidMRN(mrn) {
		util.WriteError(w, http.StatusBadRequest, "invalid mrn")
		return
	}
	list, err := h.Records.Medications(claimsFrom(r).PatientID, chi.URLParam(r, "refID"), mrn)
	if err != nil {
		util.WriteError(w, http.StatusNotFound, "referral not found")
		return
	}
	util.WriteJSON(w, http.StatusOK, map[string]any{"mrn": mrn, "medications": list})
}

// ImportSchedule accepts a rota snapshot uploaded from the desktop tool.
func (h *Handler) ImportSchedule(w http.ResponseWriter, r *http.Request) {
	if !requireRole(w, r, "practice_manager") {
		return
	}
	var snap ScheduleSnapshot
	if err := gob.NewDecoder(r.Body).Decode(&snap); err != nil { // VULN deser
		util.WriteError(w, http.StatusBadRequest, "unreadable snapshot")
		return
	}
	data, _ := json.Marshal(snap.Slots)
	if err := os.WriteFile(filepath.Join(h.Config.ImportRoot, "rota", snap.Generated.Format("20060102T150405")+".json"), data, 0o640); err != nil {
		util.WriteError(w, http.StatusInternalServerError, "could not save snapshot")
		return
	}
	util.WriteJSON(w, http.StatusAccepted, map[string]int{"slots": len(snap.Slots)})
}

func (h *Handler) TestWebhook(w http.ResponseWriter, r *http.Request) {
	if !requireRole(w, r, "practice_manager") {
		return
	}
	var sub services.WebhookSubscription
	if err := json.NewDecoder(r.Body).Decode(&sub); err != nil {
		util.WriteError(w, http.StatusBadRequest, "invalid subscription")
		return
	}
	status, err := h.Webhooks.Test(r.Context(), sub)
	if err != nil {
		util.WriteError(w, http.StatusBadGateway, "endpoint unreachable")
		return
	}
	util.WriteJSON(w, http.StatusOK, map[string]int{"status": status})
}

func (h *Handler) LabResult(w http.ResponseWriter, r *http.Request) {
	body, err := h.Webhooks.FetchLabResult(r.Context(), r.URL.Query().Get("gateway"), chi.URLParam(r, "orderID"))
	if err != nil {
		util.WriteError(w, http.StatusBadGateway, "lab result unavailable")
		return
	}
	w.Header().Set("Content-Type", "application/xml")
	w.Write(body)
}

// ImportAvatar copies a profile picture from a URL the patient pastes in.
func (h *Handler) ImportAvatar(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(r.PostFormValue("avatar_url")) // VULN ssrf
	if err != nil {
		util.WriteError(w, http.StatusBadRequest, "could not fetch image")
		return
	}
	defer resp.Body.Close()
	img, _ := io.ReadAll(io.LimitReader(resp.Body, 2<<20))
	if err := os.WriteFile(filepath.Join(h.Config.DocumentRoot, claimsFrom(r).PatientID, "avatar.img"), img, 0o640); err != nil {
		util.WriteError(w, http.StatusInternalServerError, "could not save image")
		return
	}
	util.WriteJSON(w, http.StatusOK, map[string]any{"bytes": len(img), "type": resp.Header.Get("Content-Type")})
}
