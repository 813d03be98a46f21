package api

import (
	"net/http"

	"github.com/gorilla/mux"

	"github.com/orchardgate/orchardgate/internal/auth"
	"github.com/orchardgate/orchardgate/internal/clients"
	"github.com/orchardgate/orchardgate/internal/config"
	"github.com/orchardgate/orchardgate/internal/render"
	"github.com/orchardgate/orchardgate/internal/service"
	"github.com/orchardgate/orchardgate/internal/storage"
)

// Server holds the dependencies of the gorilla/mux API.
type Server struct {
	cfg        *config.Config
	tokens     *auth.TokenIssuer
	deliveries *service.DeliveryService
	pickups    *service.PickupService
	growers    *service.GrowerService
	staff      *service.StaffService
	labels     *service.LabelService
	media      *service.MediaService
	imports    *service.ImportService
	photos     *storage.PhotoStore
	scales     *clients.ScaleClient
	webhooks   *clients.WebhookClient
	views      *render.Views
}

// Deps groups constructor arguments.
type Deps struct {
	Config     *config.Config
	Tokens     *auth.TokenIssuer
	Deliveries *service.DeliveryService
	Pickups    *service.PickupService
	Growers    *service.GrowerService
	Staff      *service.StaffService
	Labels     *service.LabelService
	Media      *service.MediaService
	Imports    *service.ImportService
	Photos     *storage.PhotoStore
	Scales     *clients.ScaleClient
	Webhooks   *clients.WebhookClient
	Views      *render.Views
}

func NewServer(d Deps) *Server {
	return &Server{cfg: d.Config, tokens: d.Tokens, deliveries: d.Deliveries, pickups: d.Pickups, growers: d.Growers,
		staff: d.Staff, labels: d.Labels, media: d.Media, imports: d.Imports, photos: d.Photos, scales: d.Scales,
		webhooks: d.Webhooks, views: d.Views}
}

// Router builds the route table.
func (s *Server) Router() http.Handler {
	r := mux.NewRouter()
	r.Use(corsPortal(s.cfg.AllowedOrigins))

	// public pages
	r.HandleFunc("/login", s.growerLogin).Methods(http.MethodPost)
	r.HandleFunc("/logout", s.logout).Methods(http.MethodGet)
	r.HandleFunc("/staff/login", s.staffLogin).Methods(http.MethodPost)
	r.HandleFunc("/growers/{code}", s.growerProfilePage).Methods(http.MethodGet)
	r.HandleFunc("/deliveries/{id:[0-9]+}/receipt", s.receipt).Methods(http.MethodGet)
	r.HandleFunc("/routes/{route}/sheet", s.routeSheet).Methods(http.MethodGet)
	r.HandleFunc("/photos/{name}", s.photo).Methods(http.MethodGet)
	r.HandleFunc("/photos/{name}/thumb", s.thumbnail).Methods(http.MethodGet)
	r.HandleFunc("/exports/{file}", s.exportFile).Methods(http.MethodGet)

	widget := r.PathPrefix("/widget").Subrouter()
	widget.Use(corsWidget)
	widget.HandleFunc("/price", s.priceWidget).Methods(http.MethodGet)

	// weighbridge devices
	dev := r.PathPrefix("/api/device").Subrouter()
	dev.Use(requireDevice(s.tokens))
	dev.HandleFunc("/intake", s.intake).Methods(http.MethodPost)
	dev.HandleFunc("/scale/bundle", s.uploadScaleBundle).Methods(http.MethodPost)
	dev.HandleFunc("/scale/heads/status", s.scaleHeadStatus).Methods(http.MethodGet)

	// portal API
	api := r.PathPrefix("/api").Subrouter()
	api.Use(requirePortal(s.tokens))
	api.HandleFunc("/growers/{id:[0-9]+}/deliveries", s.listDeliveries).Methods(http.MethodGet)
	api.HandleFunc("/growers/{id:[0-9]+}/grades", s.gradeTotals).Methods(http.MethodGet)
	api.HandleFunc("/growers/{id:[0-9]+}/profile", s.updateProfile).Methods(http.MethodPut)
	api.HandleFunc("/growers/{id:[0-9]+}/webhook/test", s.testWebhook).Methods(http.MethodPost)
	api.HandleFunc("/cards/{key}", s.cardLookup).Methods(http.MethodGet)
	api.HandleFunc("/deliveries/recent", s.recentDeliveries).Methods(http.MethodGet)
	api.HandleFunc("/deliveries/{id:[0-9]+}/photo", s.uploadPhoto).Methods(http.MethodPost)
	api.HandleFunc("/reports/variety", s.varietyTotals).Methods(http.MethodGet)
	api.HandleFunc("/grading/preview", s.previewFormula).Methods(http.MethodPost)
	api.HandleFunc("/grading/quick/{name}", s.quickGrade).Methods(http.MethodPost)
	api.HandleFunc("/grading/profiles", s.saveProfile).Methods(http.MethodPut)
	api.HandleFunc("/pickups", s.requestPickup).Methods(http.MethodPost)
	api.HandleFunc("/pickups/confirm", s.confirmPickup).Methods(http.MethodPost)
	api.HandleFunc("/routes/{route}/dispatch", s.dispatchRoute).Methods(http.MethodPost)
	api.HandleFunc("/forecast", s.stationForecast).Methods(http.MethodGet)
	api.HandleFunc("/forecast/feed", s.feedForecast).Methods(http.MethodGet)
	api.HandleFunc("/photos/{name}/annotate", s.annotatePhoto).Methods(http.MethodPost)
	api.HandleFunc("/labels", s.downloadLabel).Methods(http.MethodGet)
	api.HandleFunc("/labels/{name}", s.deleteLabel).Methods(http.MethodDelete)
	api.HandleFunc("/imports/manifest", s.uploadManifest).Methods(http.MethodPost)
	api.HandleFunc("/imports/manifest-bundle", s.uploadManifestBundle).Methods(http.MethodPost)
	api.HandleFunc("/imports/manifest/{file}/mine", s.myManifestLines).Methods(http.MethodGet)
	api.HandleFunc("/staff/roster", s.shedRoster).Methods(http.MethodGet)

	return r
}
