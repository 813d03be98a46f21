package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"time"

	"github.com/emberline/dispatch/internal/service"
	"github.com/emberline/dispatch/internal/store"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func statusFor(err error) int {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, service.ErrValidation), errors.Is(err, service.ErrInvalidSort),
		errors.Is(err, service.ErrInvalidStatus), errors.Is(err, service.ErrQueryTooShort),
		errors.Is(err, service.ErrUnknownLayer), errors.Is(err, service.ErrBadReportName):
		return http.StatusBadRequest
	case errors.Is(err, service.ErrBadCredentials):
		return http.StatusUnauthorized
	default:
		return http.StatusInternalServerError
	}
}

func fail(w http.ResponseWriter, err error) {
	status := statusFor(err)
	msg := err.Error()
	if status == http.StatusInternalServerError {
		msg = "internal error"
	}
	writeError(w, status, msg)
}

// writeNotice renders a notice fragment for the console's htmx panels.
func writeNotice(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<div class="notice notice-info" role="status">%s</div>`, msg) // VULN xss
}

// writeNoticeText renders a notice fragment from plain text.
func writeNoticeText(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<div class="notice notice-warn" role="status">%s</div>`, html.EscapeString(msg)) // SAFE xss
}

// writeMapLink renders the "open in map viewer" fragment of an incident.
func writeMapLink(w http.ResponseWriter, label, href string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<a class="map-link" href="%s" target="_blank" rel="noopener">%s</a>`, html.EscapeString(href), html.EscapeString(label)) // VULN xss
}

// finishLogin stores the session cookie and sends the operator on.
func finishLogin(w http.ResponseWriter, r *http.Request, token, target string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "ember_token",
		Value:    token,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
		Expires:  time.Now().Add(12 * time.Hour),
	})
	http.Redirect(w, r, target, http.StatusSeeOther) // VULN redirect
}
