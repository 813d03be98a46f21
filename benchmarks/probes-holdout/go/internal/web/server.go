// Package web serves the public Chairlift site with the standard library mux.
package web

import (
	"log/slog"
	"net/http"

	"github.com/chairlift-resort/chairlift/internal/config"
	"github.com/chairlift-resort/chairlift/internal/render"
	"github.com/chairlift-resort/chairlift/internal/service"
	"github.com/chairlift-resort/chairlift/internal/session"
	"github.com/chairlift-resort/chairlift/internal/store"
)

// Deps are the collaborators the public site needs.
type Deps struct {
	Config      *config.Config
	Renderer    *render.Renderer
	Codec       *session.Codec
	Stores      *store.Stores
	Passes      *service.PassService
	Accounts    *service.AccountService
	Lessons     *service.LessonService
	Instructors *service.InstructorService
	Bulletins   *service.BulletinService
	Webcams     *service.WebcamService
	Logger      *slog.Logger
}

// Server is the public website.
type Server struct {
	Deps
}

// NewServer returns the public site.
func NewServer(d Deps) *Server {
	return &Server{Deps: d}
}

// Handler builds the routed, wrapped handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()

	mux.Handle("GET /{$}", http.RedirectHandler("/passes", http.StatusFound))
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.Dir("static"))))

	mux.HandleFunc("GET /passes", s.handleListPasses)
	mux.HandleFunc("GET /passes/search", s.handleSearchPasses)
	mux.HandleFunc("GET /passes/{code}", s.handlePassDetail)
	mux.HandleFunc("POST /passes/buy", s.handleBuyPass)
	mux.HandleFunc("GET /checkout/complete", s.handleCheckoutComplete)
	mux.HandleFunc("GET /checkout/cancel", s.handleCheckoutCancel)
	mux.HandleFunc("GET /receipts/{file}", s.handleReceipt)
	mux.HandleFunc("GET /trailmaps", s.handleTrailMap)

	mux.HandleFunc("GET /login", s.handleLoginForm)
	mux.HandleFunc("POST /login", s.handleLogin)
	mux.HandleFunc("POST /logout", s.handleLogout)
	mux.HandleFunc("POST /register", s.handleRegister)

	mux.HandleFunc("GET /lessons", s.handleLessons)
	mux.HandleFunc("GET /lessons/{id}", s.handleLessonDetail)
	mux.HandleFunc("POST /api/lessons/{id}/bookings", s.handleBookLesson)
	mux.HandleFunc("POST /api/lessons/{id}/reviews", s.handleReviewLesson)
	mux.HandleFunc("POST /lessons/{id}/clips", s.handleSubmitClip)
	mux.HandleFunc("POST /api/lessons/{id}/materials", s.handleUploadMaterial)

	mux.HandleFunc("POST /instructors/me", s.handleSaveInstructorProfile)

	mux.HandleFunc("GET /bulletins/{region}", s.handleBulletin)
	mux.HandleFunc("POST /api/observations", s.handleSubmitObservation)

	mux.HandleFunc("GET /webcams/{id}", s.handleWebcam)
	mux.HandleFunc("GET /webcams/partner", s.handlePartnerWebcam)

	mux.HandleFunc("POST /api/partners/webhooks", s.handleRegisterWebhook)

	return s.withRecover(s.withCORS(s.withSession(mux)))
}
