package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/service"
)

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	var req dto.LoginRequest
	if err := readJSON(w, r, &req); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	resp, err := s.svc.Auth.Login(r.Context(), req)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Email    string `json:"email"`
		Password string `json:"password"`
		Org      string `json:"org"`
	}
	if err := readJSON(w, r, &req); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	u, err := s.svc.Auth.Register(r.Context(), req.Email, req.Password, req.Org)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": u.ID, "email": u.Email})
}

// handlePairGateway is called by a gateway during installation with the
// code shown to the technician in the console.
func (s *Server) handlePairGateway(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Station string `json:"station"`
		Code    string `json:"code"`
	}
	if err := readJSON(w, r, &req); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	st, err := s.svc.Stations.ConsumePairingCode(r.Context(), strings.ToUpper(req.Station), req.Code)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	token, err := s.svc.Auth.IssueIngestToken(st.Code)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"station": st.Code, "token": token})
}

func (s *Server) handlePasswordReset(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Email string `json:"email"`
	}
	if err := readJSON(w, r, &req); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	code, err := s.svc.Auth.StartPasswordReset(r.Context(), req.Email)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if code != "" && s.mailer != nil {
		if err := s.mailer(req.Email, "Your Skyvane reset code", "Your reset code is "+code+". It expires in 15 minutes."); err != nil {
			s.log.Error("send reset mail", "err", err)
		}
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = s.svc.Pages.Render(w, "login.html", map[string]string{
		"Action": "/login",
		"Next":   r.URL.Query().Get("next"),
	})
}

// handleLoginForm is the browser sign-in used by the dashboard.
func (s *Server) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	resp, err := s.svc.Auth.Login(r.Context(), dto.LoginRequest{
		Email:    r.PostForm.Get("username"),
		Password: r.PostForm.Get("password"),
		Next:     r.PostForm.Get("next"),
	})
	if err != nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusUnauthorized)
		_ = s.svc.Pages.Render(w, "login.html", map[string]string{
			"Action": "/login",
			"Next":   r.PostForm.Get("next"),
			"Error":  "Invalid e-mail or password.",
		})
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     "skyvane_session",
		Value:    resp.Token,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteNoneMode, // dashboard widgets are embedded on customer sites
		Expires:  time.Now().Add(12 * time.Hour),
	})
	target := resp.RedirectTo
	if target == "" {
		target = "/dashboard"
	}
	http.Redirect(w, r, target, http.StatusSeeOther) // VULN redirect
}
