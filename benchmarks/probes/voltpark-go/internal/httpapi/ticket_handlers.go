package httpapi

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/render"
)

type publicTicket struct {
	Reference string              `json:"reference"`
	Status    models.TicketStatus `json:"status"`
	Title     string              `json:"title"`
	ChargerID string              `json:"charger_id"`
	UpdatedAt time.Time           `json:"updated_at"`
}

func (h *handlers) lookupTicket(w http.ResponseWriter, r *http.Request) {
	var req dto.TicketLookupRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	t, err := h.Tickets.PublicLookup(r.Context(), req)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, publicTicket{
		Reference: t.Reference,
		Status:    t.Status,
		Title:     t.Title,
		ChargerID: t.ChargerID,
		UpdatedAt: t.UpdatedAt,
	})
}

func (h *handlers) listTickets(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	q := r.URL.Query()
	list, err := h.Tickets.List(r.Context(), user.AccountID, q.Get("status"), q.Get("priority"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func (h *handlers) createTicket(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	var req dto.CreateTicketRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	created, err := h.Tickets.Create(r.Context(), user.AccountID, user.Subject, req)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, created)
}

func (h *handlers) searchTickets(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	var criteria map[string]any
	if err := decodeJSON(r, &criteria); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	list, err := h.Tickets.Search(r.Context(), user.AccountID, criteria)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

// ticketDigest shows the same digest that is mailed to fleet managers.
func (h *handlers) ticketDigest(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	acct, err := h.Fleet.Account(r.Context(), user.AccountID)
	if err != nil {
		fail(w, err)
		return
	}
	list, err := h.Tickets.List(r.Context(), user.AccountID, string(models.TicketOpen), "")
	if err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := h.Renderer.TicketDigest(w, render.TicketDigestView{AccountName: acct.Name, Tickets: list, GeneratedAt: time.Now()}); err != nil {
		fail(w, err)
	}
}

func (h *handlers) technicianTicket(w http.ResponseWriter, r *http.Request) {
	tech := technicianFrom(r.Context())
	t, err := h.Tickets.ForTechnician(r.Context(), chi.URLParam(r, "reference"), tech.EmployeeID)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, t)
}

func (h *handlers) technicianProfile(w http.ResponseWriter, r *http.Request) {
	p, err := h.Staff.Technician(r.Context(), chi.URLParam(r, "employeeID"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}
