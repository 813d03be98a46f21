package handlers

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/wardline/wardline/internal/auth"
	"github.com/wardline/wardline/internal/util"
)

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	email := strings.TrimSpace(r.PostFormValue("email"))
	password := r.PostFormValue("password")
	user, err := h.Users.ByEmail(r.Context(), email)
	if err != nil || !auth.CheckPassword(user.PasswordHash, password) {
		http.Error(w, "invalid email or password", http.StatusUnauthorized)
		return
	}
	if strings.HasPrefix(user.PasswordHash, auth.LegacyPrefix) {
		if upgraded, err := auth.HashPassword(password); err == nil {
			_ = h.Users.UpdatePasswordHash(r.Context(), user.ID, upgraded)
		}
	}
	token, err := h.Issuer.Issue(user.PatientID, user.Role)
	sid, sidErr := auth.NewSessionID()
	if err != nil || sidErr != nil || h.Users.StoreSession(r.Context(), user.ID, sid, time.Now().Add(h.Config.SessionTTL)) != nil {
		http.Error(w, "could not sign in", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "wl_sid", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "wl_token", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})

	returnTo := r.FormValue("return_to")
	if returnTo == "" {
		returnTo = "/portal"
	}
	http.Redirect(w, r, returnTo, http.StatusSeeOther) // VULN redirect
}

func (h *Handler) Logout(w http.ResponseWriter, r *http.Request) {
	for _, name := range []string{"wl_sid", "wl_token"} {
		http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	}
	next := util.LocalRedirectTarget(r.URL.Query().Get("next"), "/")
	http.Redirect(w, r, next, http.StatusFound) // SAFE redirect
}

func (h *Handler) RequestReset(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Email string `json:"email"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		util.WriteError(w, http.StatusBadRequest, "invalid body")
		return
	}
	if user, err := h.Users.ByEmail(r.Context(), body.Email); err == nil {
		code := auth.NewResetCode()
		_ = h.Users.StoreResetCode(r.Context(), user.ID, code, time.Now().Add(15*time.Minute))
	}
	w.WriteHeader(http.StatusAccepted)
}

// KioskCheckIn is called by the lobby tablets when a patient scans their letter.
func (h *Handler) KioskCheckIn(w http.ResponseWriter, r *http.Request) {
	dev, err := auth.ParseKioskToken(r.Header.Get("X-Kiosk-Token"))
	if err != nil {
		util.WriteError(w, http.StatusUnauthorized, "unknown device")
		return
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		util.WriteError(w, http.StatusBadRequest, "bad appointment id")
		return
	}
	appt, err := h.Appointments.Get(r.Context(), id)
	if err != nil || appt.Clinic != dev.Clinic || h.Appointments.CheckIn(r.Context(), id, dev.DeviceID) != nil {
		util.WriteError(w, http.StatusNotFound, "appointment not found")
		return
	}
	util.WriteJSON(w, http.StatusOK, map[string]any{"checked_in": true, "clinic": appt.Clinic})
}
