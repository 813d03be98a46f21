package httpapi

import (
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"strconv"

	"github.com/rs/cors"
	"gorm.io/gorm"

	"github.com/kitchenly/kitchenly-api/internal/auth"
	"github.com/kitchenly/kitchenly-api/internal/config"
	"github.com/kitchenly/kitchenly-api/internal/service"
	"github.com/kitchenly/kitchenly-api/internal/store"
)

// Server is the core API used by the customer, courier and kitchen-tablet apps.
type Server struct {
	cfg      *config.Config
	svc      *service.Container
	orders   *store.OrderRepo
	verifier *auth.Verifier
}

func New(cfg *config.Config, svc *service.Container, orders *store.OrderRepo, verifier *auth.Verifier) *Server {
	return &Server{cfg: cfg, svc: svc, orders: orders, verifier: verifier}
}

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /kitchens/{kitchenID}/bookings", s.listBookings)
	mux.HandleFunc("GET /bookings/{id}", s.getBooking)
	mux.HandleFunc("POST /carts/restore", s.restoreCart)
	mux.HandleFunc("POST /orders/{id}/refunds", s.issueRefund)
	mux.HandleFunc("GET /orders/{id}/track", s.trackOrder)
	mux.HandleFunc("GET /orders/{id}/handoff", s.handoffSheet)
	mux.HandleFunc("POST /webhooks/test", s.testWebhook)
	mux.HandleFunc("POST /partners/events", s.partnerEvent)
	mux.HandleFunc("POST /couriers/register", s.registerCourier)
	mux.HandleFunc("POST /couriers/login", s.courierLogin)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("GET /kitchens/{kitchenID}/invoices", s.downloadInvoice)
	mux.HandleFunc("GET /kitchens/{kitchenID}/menu-card/{name}", s.menuCard)
	mux.HandleFunc("POST /couriers/{id}/documents", s.uploadCourierDocuments)

	c := cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return true }, // VULN cors
		AllowCredentials: true,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodDelete},
		AllowedHeaders:   []string{"Authorization", "Content-Type", "X-Partner-Token"},
	})
	return c.Handler(mux)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// reply writes v as JSON, or maps err to a suitable error response.
func reply(w http.ResponseWriter, status int, v any, err error) {
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound), errors.Is(err, os.ErrNotExist):
		writeError(w, http.StatusNotFound, "not found")
	case err != nil:
		writeError(w, http.StatusUnprocessableEntity, err.Error())
	default:
		writeJSON(w, status, v)
	}
}

// pathID parses an integer path value, answering 400 itself when it is malformed.
func pathID(w http.ResponseWriter, r *http.Request, name string) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid "+name)
	}
	return id, err == nil
}
