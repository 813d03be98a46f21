package httpapi

import (
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/render"
	"github.com/voltpark/platform/internal/service"
)

func (h *handlers) listSessions(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	q := r.URL.Query()
	limit, _ := strconv.Atoi(q.Get("limit"))
	offset, _ := strconv.Atoi(q.Get("offset"))
	list, err := h.Sessions.ListForAccount(r.Context(), user.AccountID, q.Get("status"), q.Get("order"), limit, offset)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func (h *handlers) startSession(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	var req dto.StartSessionRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	sess, err := h.Sessions.Start(r.Context(), user.AccountID, req)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, sess)
}

type stopRequest struct {
	EnergyKWh float64 `json:"energy_kwh"`
	TariffID  int64   `json:"tariff_id"`
}

func (h *handlers) stopSession(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	var req stopRequest
	if err := decodeJSON(r, &req); err != nil || req.EnergyKWh < 0 {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid body"})
		return
	}
	tariff, err := h.Tariffs.Get(r.Context(), req.TariffID)
	if err != nil {
		fail(w, err)
		return
	}
	if err := h.Sessions.Stop(r.Context(), user.AccountID, chi.URLParam(r, "sessionID"), req.EnergyKWh, *tariff); err != nil {
		fail(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *handlers) setSessionNote(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	var req dto.SessionNoteRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	if err := h.Sessions.SetNote(r.Context(), user.AccountID, chi.URLParam(r, "sessionID"), req.Note); err != nil {
		fail(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *handlers) sessionReceipt(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	sess, err := h.Sessions.Get(r.Context(), user.AccountID, chi.URLParam(r, "sessionID"))
	if err != nil {
		fail(w, err)
		return
	}
	acct, err := h.Fleet.Account(r.Context(), user.AccountID)
	if err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := h.Renderer.Receipt(w, render.ReceiptView{Session: sess, AccountName: acct.Name, IssuedAt: time.Now()}); err != nil {
		fail(w, err)
	}
}

// kioskStart lets a driver at a depot kiosk start charging on one of the
// kiosk's chargers; the session is billed to the kiosk's fleet account.
func (h *handlers) kioskStart(w http.ResponseWriter, r *http.Request) {
	st := kioskFrom(r.Context())
	var req struct {
		ChargerID string `json:"charger_id"`
	}
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	allowed := false
	for _, id := range st.ChargerIDs {
		if id == req.ChargerID {
			allowed = true
			break
		}
	}
	if !allowed {
		fail(w, service.ErrForbidden)
		return
	}
	sess, err := h.Sessions.StartAdHoc(r.Context(), st.FleetAccountID, req.ChargerID)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"session_id": sess.ID, "pin": sess.StartPIN})
}
