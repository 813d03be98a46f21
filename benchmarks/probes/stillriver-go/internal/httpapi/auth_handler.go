package httpapi

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/security"
)

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		writeError(w, http.StatusBadRequest, "invalid form")
		return
	}
	form := dto.LoginForm{
		Username: r.PostForm.Get("username"),
		Password: r.PostForm.Get("password"),
		Next:     r.URL.Query().Get("next"),
	}
	token, _, err := s.Auth.Login(r.Context(), form)
	if errors.Is(err, security.ErrBadCredentials) {
		writeError(w, http.StatusUnauthorized, err.Error())
		return
	}
	if err != nil {
		s.Log.Error("login failed", "err", err)
		writeError(w, http.StatusInternalServerError, "login failed")
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookie,
		Value:    token,
		Path:     "/",
		MaxAge:   int(s.SessionTTL.Seconds()),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteNoneMode,
	})
	redirectAfterLogin(w, r, form.Next)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	redirectLocal(w, r, r.URL.Query().Get("next"))
}

func (s *Server) register(w http.ResponseWriter, r *http.Request) {
	var req dto.RegisterRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON")
		return
	}
	u, err := s.Auth.Register(r.Context(), req)
	if err != nil {
		writeServiceError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": u.ID, "username": u.Username})
}

func (s *Server) requestReset(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		writeError(w, http.StatusBadRequest, "invalid form")
		return
	}
	if err := s.Auth.RequestReset(r.Context(), r.PostForm.Get("email")); err != nil {
		s.Log.Error("password reset", "err", err)
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "if the address is registered, a link was sent"})
}
