package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/validate"
)

// handleCheckoutComplete is the acquirer's return URL after a payment.
func (s *Server) handleCheckoutComplete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	orderID, err := strconv.ParseInt(q.Get("reference"), 10, 64)
	if err != nil {
		http.Error(w, "invalid payment reference", http.StatusBadRequest)
		return
	}
	if _, err := s.Passes.CompletePayment(r.Context(), orderID, q.Get("payment_id")); err != nil {
		s.serverError(w, r, err)
		return
	}
	if c, err := r.Cookie(returnToCookie); err == nil && c.Value != "" {
		http.SetCookie(w, &http.Cookie{Name: returnToCookie, Value: "", Path: "/checkout", MaxAge: -1})
		http.Redirect(w, r, c.Value, http.StatusSeeOther) // VULN redirect
		return
	}
	http.Redirect(w, r, "/passes?purchased="+strconv.FormatInt(orderID, 10), http.StatusSeeOther)
}

// handleCheckoutCancel returns the guest to the pass they were buying.
func (s *Server) handleCheckoutCancel(w http.ResponseWriter, r *http.Request) {
	code := strings.ToUpper(r.URL.Query().Get("pass"))
	if !validate.PassCode(code) {
		http.Redirect(w, r, "/passes", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/passes/"+url.PathEscape(code)+"?cancelled=1", http.StatusSeeOther) // SAFE redirect
}
