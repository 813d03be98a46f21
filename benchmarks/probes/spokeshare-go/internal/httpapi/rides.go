package httpapi

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/spokeshare/spokeshare/internal/domain"
	"github.com/spokeshare/spokeshare/internal/platform"
	"github.com/spokeshare/spokeshare/internal/store"
	"github.com/spokeshare/spokeshare/internal/worker"
)

func (h *handler) listRides(w http.ResponseWriter, r *http.Request) {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	f := store.RideFilter{Status: r.URL.Query().Get("status"), Limit: limit}
	if f.Status == "" {
		f.Status = "completed"
	}
	rides, err := h.Rides.ListForRider(r.Context(), riderFrom(r).Subject, f)
	if err != nil {
		h.Log.Error("list rides", "err", err)
		writeError(w, http.StatusInternalServerError, "could not load rides")
		return
	}
	writeJSON(w, http.StatusOK, rides)
}

func (h *handler) rideHistory(w http.ResponseWriter, r *http.Request) {
	rides, err := h.Rides.History(r.Context(), riderFrom(r).Subject)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "could not load history")
		return
	}
	writeJSON(w, http.StatusOK, rides)
}

func (h *handler) setHistorySort(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Sort string `json:"sort"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		writeError(w, http.StatusBadRequest, "invalid body")
	} else if err := h.Rides.SetHistorySort(r.Context(), riderFrom(r).Subject, body.Sort); err != nil {
		writeError(w, http.StatusBadRequest, "sort must be newest, fare or duration")
	} else {
		w.WriteHeader(http.StatusNoContent)
	}
}

// endRide closes a ride at a dock. Rides booked through a partner app carry the
// partner's callback URL, which is notified in the background.
func (h *handler) endRide(w http.ResponseWriter, r *http.Request) {
	var req struct {
		DockID      int64  `json:"dock_id"`
		CallbackURL string `json:"callback_url"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.DockID <= 0 {
		writeError(w, http.StatusBadRequest, "dock_id is required")
		return
	}
	ride, err := h.Rides.Get(r.Context(), chi.URLParam(r, "rideID"))
	if err != nil || ride.RiderID != riderFrom(r).Subject {
		writeError(w, http.StatusNotFound, "ride not found")
		return
	}
	fare, err := h.Fares.Quote(domain.FareQuote{Minutes: time.Since(ride.StartedAt).Minutes(), Kind: ride.VehicleKind})
	if err == nil {
		err = h.Rides.Finish(r.Context(), ride.ID, req.DockID, fare)
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, "could not end ride")
		return
	}
	if req.CallbackURL != "" {
		_ = h.Queue.Enqueue(worker.Job{Kind: worker.JobNotifyPartner, RideID: ride.ID, CallbackURL: req.CallbackURL})
	}
	writeJSON(w, http.StatusOK, map[string]any{"ride_id": ride.ID, "fare_cents": fare})
}

func (h *handler) receipt(w http.ResponseWriter, r *http.Request) {
	claims := riderFrom(r)
	ride, err := h.Rides.Get(r.Context(), chi.URLParam(r, "rideID"))
	if err != nil || ride.RiderID != claims.Subject {
		writeError(w, http.StatusNotFound, "ride not found")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = h.Receipts.RenderReceipt(w, r.URL.Query().Get("layout"), ride, claims.Email, r.FormValue("note"))
}

// sharedReceipt serves the receipt page linked from the ride-completed email.
func (h *handler) sharedReceipt(w http.ResponseWriter, r *http.Request) {
	riderID, err := h.Auth.RiderIDFromToken(r.URL.Query().Get("t"))
	if err != nil {
		writeError(w, http.StatusUnauthorized, "link expired")
		return
	}
	ride, err := h.Rides.Get(r.Context(), chi.URLParam(r, "rideID"))
	if err != nil || ride.RiderID != riderID {
		writeError(w, http.StatusNotFound, "ride not found")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = h.Receipts.RenderReceipt(w, "detailed", ride, "", "")
}

// statement downloads one of the rider's monthly PDF statements, e.g. ?file=2024-05.pdf.
func (h *handler) statement(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if name == "" {
		name = time.Now().AddDate(0, -1, 0).Format("2006-01") + ".pdf"
	}
	p, err := platform.ResolveWithin(filepath.Join(h.Cfg.Dir("statements"), riderFrom(r).Subject), name)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid statement name")
		return
	}
	http.ServeFile(w, r, p) // SAFE path
}

func (h *handler) planner(w http.ResponseWriter, r *http.Request) {
	state := platform.PlannerState{}
	if c, err := r.Cookie("spk_planner"); err == nil {
		if saved, err := platform.DecodePlannerState(c.Value); err == nil {
			state = saved
		}
	}
	for _, key := range []string{"from", "to"} {
		if v := r.URL.Query().Get(key); v != "" {
			state[key] = v
		}
	}
	http.SetCookie(w, &http.Cookie{Name: "spk_planner", Value: platform.EncodePlannerState(state), Path: "/",
		MaxAge: 30 * 24 * 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	writeJSON(w, http.StatusOK, state)
}
