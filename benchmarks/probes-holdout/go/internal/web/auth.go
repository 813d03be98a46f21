package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/service"
	"github.com/chairlift-resort/chairlift/internal/session"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

func (s *Server) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	s.page(w, r, http.StatusOK, "login", map[string]string{"Next": r.URL.Query().Get("next")})
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	email := strings.TrimSpace(r.PostFormValue("email"))
	next := r.PostFormValue("next")
	customer, err := s.Accounts.Authenticate(r.Context(), email, r.PostFormValue("password"))
	if errors.Is(err, service.ErrBadCredentials) {
		s.page(w, r, http.StatusUnauthorized, "login", map[string]string{"Error": "Email or password is incorrect.", "Next": next})
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	sess := session.Session{CustomerID: customer.ID, Email: customer.Email, CSRFToken: newCSRFToken()}
	if err := s.saveSession(w, sess); err != nil {
		s.serverError(w, r, err)
		return
	}
	redirectAfterLogin(w, r, next)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if !checkCSRF(r) {
		http.Error(w, "invalid form token", http.StatusForbidden)
		return
	}
	s.clearSession(w)
	back := validate.LocalRedirect(r.PostFormValue("back"), "/")
	http.Redirect(w, r, back, http.StatusSeeOther) // SAFE redirect
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	email := strings.TrimSpace(r.PostFormValue("email"))
	password := r.PostFormValue("password")
	if !validate.Email(email) || len(password) < 10 {
		s.page(w, r, http.StatusBadRequest, "login", map[string]string{"RegisterError": "Please use a valid email and a password of at least 10 characters."})
		return
	}
	customer, err := s.Accounts.Register(r.Context(), email, strings.TrimSpace(r.PostFormValue("full_name")), password)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	sess := session.Session{CustomerID: customer.ID, Email: customer.Email, CSRFToken: newCSRFToken()}
	if err := s.saveSession(w, sess); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/passes", http.StatusSeeOther)
}
