package handlers

import (
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/wardline/wardline/internal/util"
)

// StaffDirectory lets patients find a clinician to address a message to.
func (h *Handler) StaffDirectory(w http.ResponseWriter, r *http.Request) {
	email := strings.TrimSpace(r.URL.Query().Get("email"))
	if len(email) < 3 {
		util.WriteError(w, http.StatusBadRequest, "enter at least three characters")
		return
	}
	entries, err := h.Directory.FindByEmail(email)
	if err != nil {
		util.WriteError(w, http.StatusBadGateway, "directory unavailable")
		return
	}
	util.WriteJSON(w, http.StatusOK, entries)
}

func (h *Handler) StaffMember(w http.ResponseWriter, r *http.Request) {
	entry, err := h.Directory.FindByUID(chi.URLParam(r, "uid"))
	if err != nil {
		util.WriteError(w, http.StatusNotFound, "not found")
		return
	}
	util.WriteJSON(w, http.StatusOK, entry)
}
