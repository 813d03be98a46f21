// Package api exposes the Voltway REST API used by the driver app, charge-point
// gateways and the operator back office.
package api

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/cors"

	"github.com/voltway/chargenet/internal/config"
	"github.com/voltway/chargenet/internal/service"
	"github.com/voltway/chargenet/internal/store"
)

type Server struct {
	Config    config.Config
	Stations  *store.StationStore
	Telemetry *store.TelemetryStore
	Sessions  *service.SessionService
	Tariffs   *service.TariffService
	Operators *service.OperatorService
	Payouts   *service.PayoutService
	Files     *service.FileService
	Outbound  *service.OutboundService
	Exports   *service.ExportService
}

func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Logger, middleware.Recoverer)
	r.Use(middleware.Timeout(30 * time.Second))

	// Driver app and the embeddable station map.
	r.Group(func(pub chi.Router) {
		pub.Use(cors.Handler(cors.Options{
			AllowOriginFunc:  func(r *http.Request, origin string) bool { return true }, // VULN cors
			AllowedMethods:   []string{"GET", "POST", "OPTIONS"},
			AllowedHeaders:   []string{"Accept", "Authorization", "Content-Type"},
			AllowCredentials: true,
		}))
		pub.Post("/auth/login", s.login)
		pub.Post("/auth/directory", wrap(s.directoryLogin))
		pub.Post("/auth/reset", wrap(s.startReset))
		pub.Get("/auth/continue", s.continueAfterLogin)
		pub.Get("/stations/search", wrap(s.searchStations))
		pub.Get("/stations/{id}", wrap(s.getStation))
		pub.Get("/stations/{id}/sessions", wrap(s.stationSessions))
		pub.Post("/tariffs/quote", wrap(s.quoteTariff))
		pub.Get("/tariffs/idle-fee", wrap(s.idleFee))
	})

	// Charge-point gateways behind the OCPP edge proxy.
	r.Route("/gateway", func(gw chi.Router) {
		gw.Use(gatewayAuth)
		gw.Post("/stations/{code}/snapshot", wrap(s.importSnapshot))
		gw.Post("/stations/{code}/manifest", wrap(s.uploadManifest))
		gw.Post("/stations/{code}/ocpp-config", wrap(s.uploadOCPPConfig))
		gw.Post("/stations/{code}/telemetry/query", wrap(s.queryTelemetry))
		gw.Get("/stations/{code}/connectors/{connector}/telemetry", wrap(s.connectorTelemetry))
	})

	// Operator back office.
	r.Route("/admin", func(ad chi.Router) {
		ad.Use(cors.Handler(cors.Options{
			AllowedOrigins:   s.Config.AdminOrigins, // SAFE cors
			AllowedMethods:   []string{"GET", "POST", "PUT", "DELETE", "OPTIONS"},
			AllowCredentials: true,
		}))
		ad.Use(s.requireOperator)
		ad.Post("/operators", wrap(s.createOperator))
		ad.Post("/support-tokens", wrap(s.supportToken))
		ad.Get("/sessions", wrap(s.operatorSessions))
		ad.Post("/stations/{id}/preview", wrap(s.previewStation))
		ad.Get("/stations/{code}/documents", wrap(s.stationDocument))
		ad.Post("/stations/{code}/exports", wrap(s.requestExport))
		ad.Post("/webhooks/test", wrap(s.testWebhook))
		ad.Get("/payouts/summary", wrap(s.payoutSummary))
		ad.Post("/payouts/reports", wrap(s.requestPayoutReport))
		ad.Post("/firmware", wrap(s.uploadFirmware))
		ad.Get("/exports/file", wrap(s.downloadExport))
		ad.Get("/receipts", s.downloadReceipt)
		ad.Get("/diagnostics/traceroute", wrap(s.traceroute))
		ad.Get("/diagnostics/ping", wrap(s.ping))
	})
	return r
}
