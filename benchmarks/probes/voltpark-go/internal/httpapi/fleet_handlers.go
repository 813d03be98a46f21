package httpapi

import (
	"io"
	"net/http"
	"time"

	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/service"
)

func (h *handlers) fleetDirectory(w http.ResponseWriter, r *http.Request) {
	if !isStaff(userFrom(r.Context()).Role) {
		fail(w, service.ErrForbidden)
		return
	}
	cards, err := h.Fleet.Directory(r.Context())
	if err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := h.Renderer.Page(w, "fleet_directory.html", map[string]any{"Cards": cards}); err != nil {
		fail(w, err)
	}
}

func (h *handlers) updateFleetProfile(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	if user.Role != "fleet_admin" {
		fail(w, service.ErrForbidden)
		return
	}
	var req dto.FleetProfileRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	if err := h.Fleet.UpdateProfile(r.Context(), user.AccountID, req); err != nil {
		fail(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *handlers) createFleetUser(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	if user.Role != "fleet_admin" {
		fail(w, service.ErrForbidden)
		return
	}
	var req dto.CreateFleetUserRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	u, err := h.Fleet.CreateUser(r.Context(), user.AccountID, req)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, u)
}

func (h *handlers) testWebhook(w http.ResponseWriter, r *http.Request) {
	var req dto.WebhookTestRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON body"})
		return
	}
	res, err := h.Fleet.TestWebhook(r.Context(), req.URL)
	if err != nil {
		writeJSON(w, http.StatusBadGateway, errorBody{err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (h *handlers) putInvoiceTemplate(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 32<<10))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"cannot read body"})
		return
	}
	if err := h.Fleet.SetInvoiceTemplate(r.Context(), userFrom(r.Context()), string(body)); err != nil {
		fail(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *handlers) previewInvoice(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	month := time.Now().UTC()
	if m := r.URL.Query().Get("month"); m != "" {
		parsed, err := time.Parse("2006-01", m)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{"month must look like 2024-05"})
			return
		}
		month = parsed
	}
	subject, body, err := h.Invoices.Preview(r.Context(), user.AccountID, month)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"subject": subject, "body": body})
}
