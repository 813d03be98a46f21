package httpapi

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/stillriver/stillriver/internal/render"
	"github.com/stillriver/stillriver/internal/security"
	"github.com/stillriver/stillriver/internal/service"
)

// Server wires the public booking API.
type Server struct {
	Bookings       *service.BookingService
	Vessels        *service.VesselService
	Documents      *service.DocumentService
	Notices        *service.NoticeService
	Auth           *service.AuthService
	Issuer         *security.Issuer
	Renderer       *render.Renderer
	PublicOrigins  []string
	MaxUploadBytes int64
	SessionTTL     time.Duration
	Log            *slog.Logger
}

// Routes returns the chi router.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(middleware.RealIP)
	r.Use(middleware.Logger)
	r.Use(middleware.Recoverer)
	r.Use(middleware.Timeout(30 * time.Second))

	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })

	r.Group(func(r chi.Router) {
		r.Use(publicCORS(s.PublicOrigins))
		r.Post("/auth/login", s.login)
		r.Post("/auth/register", s.register)
		r.Get("/auth/logout", s.logout)
		r.Post("/auth/reset", s.requestReset)
		r.Get("/notices/{noticeID}", s.noticeBoard)
		r.Get("/vessels/{vesselID}/profile", s.vesselProfile)
	})

	r.Route("/api", func(r chi.Router) {
		r.Use(s.requireAuth)
		r.Get("/bookings", s.searchBookings)
		r.Post("/bookings", s.createBooking)
		r.Get("/bookings/{bookingID}/manifest", s.manifestByClass)
		r.Get("/bookings/{bookingID}/manifest/un/{un}", s.manifestByUN)
		r.Get("/locks/{lockID}/bookings", s.lockBookings)
		r.Get("/locks/{lockID}/level", s.lockLevel)
		r.Get("/locks/{lockID}/temporary-gauge", s.temporaryGauge)
		r.Get("/vessels", s.searchVessels)
		r.Get("/vessels/{vesselID}", s.getVessel)
		r.Put("/vessels/{vesselID}/notes", s.updateNotes)
		r.Get("/vessels/{vesselID}/documents", s.downloadDocument)
		r.Post("/vessels/{vesselID}/documents", s.uploadDocument)
		r.With(requireRole("operator")).Post("/notices/preview", s.previewNotice)
	})

	// Partner integrations (lock-side displays, skipper apps) call the
	// read-only API from their own web front-ends with the user's session.
	r.Route("/partner", func(r chi.Router) {
		r.Use(partnerCORS)
		r.Use(s.requireAuth)
		r.Get("/locks/{lockID}/bookings", s.lockBookings)
		r.Get("/bookings/{bookingID}/manifest", s.manifestByClass)
	})
	return r
}
