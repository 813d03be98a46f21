package api

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/voltway/chargenet/internal/service"
	"github.com/voltway/chargenet/internal/util"
)

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	op, err := s.Operators.Login(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "invalid email or password"})
		return
	}
	token, err := s.Operators.IssueToken(op)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "could not start session"})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	if next := r.FormValue("next"); next != "" {
		http.Redirect(w, r, next, http.StatusSeeOther) // VULN redirect
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"operator_id": op.ID})
}

func (s *Server) continueAfterLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, util.RedirectTarget(r.URL.Query().Get("section")), http.StatusFound) // SAFE redirect
}

func (s *Server) directoryLogin(w http.ResponseWriter, r *http.Request) error {
	entry, err := s.Operators.DirectoryLogin(r.PostFormValue("username"), r.PostFormValue("password"))
	if err != nil {
		return fail(http.StatusUnauthorized, "directory login failed")
	}
	return reply(w, http.StatusOK, entry, nil)
}

func (s *Server) startReset(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Email string `json:"email"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Email == "" {
		return fail(http.StatusBadRequest, "email is required")
	}
	if err := s.Operators.StartPasswordReset(r.Context(), req.Email); err != nil {
		slog.Warn("password reset not issued", "err", err)
	}
	return reply(w, http.StatusAccepted, map[string]string{"status": "if the account exists, a code is on its way"}, nil)
}

func (s *Server) createOperator(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Name, Email, Region, Password string
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return fail(http.StatusBadRequest, "invalid body")
	}
	op, err := s.Operators.Create(r.Context(), req.Name, req.Email, req.Region, req.Password)
	if errors.Is(err, service.ErrUnknownRegion) || errors.Is(err, service.ErrWeakPassword) {
		return fail(http.StatusUnprocessableEntity, err.Error())
	}
	return reply(w, http.StatusCreated, op, err)
}

func (s *Server) supportToken(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Ticket string `json:"ticket"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Ticket == "" {
		return fail(http.StatusBadRequest, "ticket is required")
	}
	tok, err := s.Operators.IssueSupportToken(operatorID(r.Context()), req.Ticket)
	return reply(w, http.StatusCreated, map[string]string{"token": tok}, err)
}
