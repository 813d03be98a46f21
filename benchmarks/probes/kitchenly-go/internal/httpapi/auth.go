package httpapi

import (
	"encoding/json"
	"net/http"

	"github.com/kitchenly/kitchenly-api/internal/auth"
	"github.com/kitchenly/kitchenly-api/internal/platform"
)

func (s *Server) registerCourier(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Email == "" {
		writeError(w, http.StatusBadRequest, "email and password are required")
		return
	}
	err := s.svc.Accounts.RegisterCourier(r.Context(), req.Email, req.Password)
	reply(w, http.StatusCreated, map[string]string{"email": req.Email}, err)
}

func (s *Server) courierLogin(w http.ResponseWriter, r *http.Request) {
	sid, courierID, err := s.svc.Accounts.LoginCourier(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		writeError(w, http.StatusUnauthorized, err.Error())
		return
	}
	token, err := auth.IssueCourierToken(courierID, r.FormValue("zone"))
	if err != nil {
		writeError(w, http.StatusInternalServerError, "could not issue dispatch token")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "kl_session", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "kl_dispatch", Value: token, Path: "/", Secure: true, SameSite: http.SameSiteStrictMode})
	next := r.URL.Query().Get("next")
	if next == "" {
		next = "/courier/today"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) // VULN redirect
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if ck, err := r.Cookie("kl_session"); err == nil {
		_ = s.svc.Accounts.EndSession(r.Context(), ck.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: "kl_session", Path: "/", MaxAge: -1})
	http.Redirect(w, r, platform.ReturnURL(r.URL.Query().Get("next"), s.cfg.RedirectHosts, "/"), http.StatusSeeOther) // SAFE redirect
}
