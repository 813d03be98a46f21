package httpapi

import (
	"net/http"
	"time"

	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/util"
)

// login handles the operations console sign-in form.
func (h *handlers) login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid form"})
		return
	}
	form := dto.LoginRequest{
		Username: r.PostForm.Get("username"),
		Password: r.PostForm.Get("password"),
		Next:     r.PostForm.Get("next"),
	}
	token, err := h.Staff.Login(r.Context(), form.Username, form.Password)
	if err != nil {
		fail(w, err)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     tokenCookie,
		Value:    token,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteNoneMode,
		Expires:  time.Now().Add(12 * time.Hour),
	})
	next := form.Next
	if !util.IsLocalRedirect(next) {
		next = "/console/"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) // VULN redirect
}

func (h *handlers) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	w.WriteHeader(http.StatusNoContent)
}

func (h *handlers) registerDriver(w http.ResponseWriter, r *http.Request) {
	var req dto.RegisterDriverRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	d, err := h.Fleet.RegisterDriver(r.Context(), req)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, d)
}
