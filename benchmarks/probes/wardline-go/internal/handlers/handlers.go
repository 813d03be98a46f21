package handlers

import (
	"context"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/wardline/wardline/internal/auth"
	"github.com/wardline/wardline/internal/config"
	"github.com/wardline/wardline/internal/repository"
	"github.com/wardline/wardline/internal/services"
	"github.com/wardline/wardline/internal/util"
)

// Deps bundles everything the HTTP layer needs.
type Deps struct {
	Config       *config.Config
	Issuer       *auth.Issuer
	Users        *repository.UserRepo
	Reports      *repository.ReportRepo
	Messages     *repository.MessageRepo
	Appointments *services.AppointmentService
	Documents    *services.DocumentService
	Webhooks     *services.WebhookService
	Directory    *services.DirectoryService
	Records      *services.RecordService
}

type Handler struct{ Deps }

func New(d Deps) *Handler { return &Handler{Deps: d} }

type ctxKey int

const claimsKey ctxKey = iota

func (h *Handler) Routes(r chi.Router) {
	r.Post("/auth/login", h.Login)
	r.Get("/auth/logout", h.Logout)
	r.Post("/auth/reset", h.RequestReset)
	r.Post("/kiosk/checkin/{id}", h.KioskCheckIn)

	r.Group(func(r chi.Router) {
		r.Use(h.requireAuth)
		r.Get("/appointments", h.ListAppointments)
		r.Get("/appointments/search", h.SearchAppointments)
		r.Get("/appointments/{id}/confirmation", h.Confirmation)

		r.Get("/messages/threads/{threadID}", h.Thread)
		r.Get("/messages/search", h.SearchMessages)
		r.Post("/messages/preview", h.PreviewMessage)

		r.Get("/documents", h.DownloadDocument)
		r.Get("/documents/letters", h.DownloadLetter)
		r.Post("/documents", h.UploadDocument)
		r.Get("/documents/{docID}/preview", h.PreviewDocument)
		r.Post("/imports/archive", h.ImportArchive)
		r.Post("/imports/bundle", h.ImportBundle)

		r.Post("/referrals/summary", h.ReferralSummary)
		r.Post("/referrals/{refID}", h.ImportReferral)
		r.Get("/referrals/{refID}/allergies", h.ReferralAllergies)
		r.Get("/referrals/{refID}/medications", h.ReferralMedications)
		r.Post("/imports/schedule", h.ImportSchedule)

		r.Post("/integrations/webhooks/test", h.TestWebhook)
		r.Get("/integrations/labs/{orderID}", h.LabResult)
		r.Post("/profile/avatar", h.ImportAvatar)

		r.Get("/staff", h.StaffDirectory)
		r.Get("/staff/{uid}", h.StaffMember)

		r.Get("/reports/visits", h.VisitReport)
		r.Get("/reports/daysheet", h.DaySheet)
		r.Put("/reports/daysheet/order", h.SetDaySheetOrder)
	})
}

func (h *Handler) requireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := ""
		if c, err := r.Cookie("wl_token"); err == nil {
			raw = c.Value
		} else if hv := r.Header.Get("Authorization"); strings.HasPrefix(hv, "Bearer ") {
			raw = strings.TrimPrefix(hv, "Bearer ")
		}
		claims, err := h.Issuer.Verify(raw)
		if err != nil {
			util.WriteError(w, http.StatusUnauthorized, "authentication required")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), claimsKey, claims)))
	})
}

func claimsFrom(r *http.Request) *auth.Claims {
	c, _ := r.Context().Value(claimsKey).(*auth.Claims)
	return c
}

func requireRole(w http.ResponseWriter, r *http.Request, roles ...string) bool {
	c := claimsFrom(r)
	for _, role := range roles {
		if c != nil && c.Role == role {
			return true
		}
	}
	util.WriteError(w, http.StatusForbidden, "not permitted")
	return false
}
