package auth

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/tramyard/depot/internal/platform/httpx"
)

const sessionCookie = "tramyard_session"

// Handlers serves the sign-in pages.
type Handlers struct {
	users  *UserStore
	tokens *TokenService
	ttl    time.Duration
}

// NewHandlers returns the sign-in handlers.
func NewHandlers(users *UserStore, tokens *TokenService, ttl time.Duration) *Handlers {
	return &Handlers{users: users, tokens: tokens, ttl: ttl}
}

// Register mounts the handlers.
func (h *Handlers) Register(mux *http.ServeMux) {
	mux.HandleFunc("/login", h.Login)
	mux.HandleFunc("/login/kiosk", h.KioskLogin)
	mux.HandleFunc("/logout", h.Logout)
}

// Login signs a back-office user in with badge and password.
func (h *Handlers) Login(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.ServeFile(w, r, "templates/login.html")
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	user, err := h.users.FindByBadge(r.Context(), r.PostForm.Get("badge"))
	if err != nil || !CheckPassword(user.PasswordHash, r.PostForm.Get("password")) {
		http.Error(w, "invalid badge or password", http.StatusUnauthorized)
		return
	}
	if err := h.startSession(r.Context(), w, user); err != nil {
		http.Error(w, "could not start session", http.StatusInternalServerError)
		return
	}

	next := r.PostForm.Get("next")
	if !strings.HasPrefix(next, "/") {
		next = "/app/workorders"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) // VULN redirect
}

// KioskLogin signs a driver in at a depot kiosk with badge and PIN.
func (h *Handlers) KioskLogin(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	badge := r.PostForm.Get("badge")
	user, err := h.users.FindByBadge(r.Context(), badge)
	if err != nil || !CheckKioskPIN(user.PINHash, badge, r.PostForm.Get("pin")) {
		http.Error(w, "invalid badge or PIN", http.StatusUnauthorized)
		return
	}
	if err := h.startSession(r.Context(), w, user); err != nil {
		http.Error(w, "could not start session", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/app/rosters/mine", http.StatusSeeOther)
}

// Logout clears the session and returns to a local page.
func (h *Handlers) Logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	target := httpx.LocalRedirectTarget(r.URL.Query().Get("return_to"), "/login")
	http.Redirect(w, r, target, http.StatusFound) // SAFE redirect
}

func (h *Handlers) startSession(ctx context.Context, w http.ResponseWriter, u *User) error {
	tok, err := h.tokens.Issue(u.Badge, u.FullName, u.Role, u.Depot)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookie,
		Value:    tok,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
		MaxAge:   int(h.ttl.Seconds()),
	})
	return nil
}
