// Package api implements the public Iris API used by freight partners and consignees.
package api

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/middleware/recover"

	"github.com/tracklane/tracklane/internal/auth"
	"github.com/tracklane/tracklane/internal/clients"
	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/service"
	"github.com/tracklane/tracklane/internal/tools"
)

// Server holds the dependencies of the API handlers.
type Server struct {
	Config     *config.Config
	Tokens     *auth.TokenService
	Auth       *service.AuthService
	Wagons     *service.WagonService
	Labels     *service.LabelService
	Telemetry  *service.TelemetryService
	Documents  *service.DocumentService
	Webhooks   *service.WebhookService
	Depots     *clients.DepotGateway
	Diagnostic tools.Diagnostics
	GraphQL    http.Handler
	Log        *slog.Logger

	allowedOrigins map[string]struct{}
}

// Application builds the Iris application with all routes.
func (s *Server) Application() *iris.Application {
	s.allowedOrigins = make(map[string]struct{}, len(s.Config.PublicOrigins))
	for _, o := range s.Config.PublicOrigins {
		s.allowedOrigins[o] = struct{}{}
	}

	app := iris.New()
	app.Use(recover.New())
	app.Get("/healthz", func(ctx iris.Context) { ctx.WriteString("ok") })

	public := app.Party("/public", s.publicCORS)
	{
		public.Get("/wagons/{number:string}/status", s.wagonStatus)
		public.Get("/track/{code:string}", s.followShareLink)
		public.Get("/track/{code:string}/go", s.trackingDestination)
		public.Get("/photos/{name:string}", s.inspectionPhoto)
		public.Get("/photos/thumbs/{name:string}", s.thumbnail)
	}

	app.Post("/oauth/token", s.issueToken)

	v1 := app.Party("/api/v1", s.partnerCORS)
	v1.AllowMethods(iris.MethodOptions)
	v1.Use(s.requirePartner)
	{
		v1.Get("/wagons", s.listWagons)
		v1.Post("/wagons", s.registerWagon)
		v1.Get("/wagons/{id:int64}", s.getWagon)
		v1.Put("/wagons/{id:int64}/remarks", s.updateRemarks)
		v1.Get("/wagons/{id:int64}/positions", s.positions)
		v1.Post("/wagons/{id:int64}/label", s.labelPreview)
		v1.Post("/share", s.createShareLink)
		v1.Post("/feeds/import", s.importFeed)
		v1.Post("/feeds/poll", s.pollProvider)
		v1.Post("/webhooks", s.registerWebhook)
		v1.Get("/depots/{code:string}/capacity", s.depotCapacity)
	}

	ops := app.Party("/ops", s.requireOperator)
	{
		ops.Get("/diagnostics/readers/{addr:string}/ping", s.pingReader)
		ops.Get("/diagnostics/readers/{host:string}/trace", s.traceReader)
	}

	app.Any("/graphql", iris.FromStd(s.GraphQL))
	return app
}

func (s *Server) fail(ctx iris.Context, err error) {
	var verr *service.ValidationError
	switch {
	case errors.As(err, &verr):
		ctx.StopWithJSON(iris.StatusUnprocessableEntity, iris.Map{"error": verr.Message, "field": verr.Field})
	case errors.Is(err, service.ErrUnknownWagon), errors.Is(err, repository.ErrNotFound):
		ctx.StopWithJSON(iris.StatusNotFound, iris.Map{"error": "not found"})
	case errors.Is(err, service.ErrForbidden):
		ctx.StopWithJSON(iris.StatusForbidden, iris.Map{"error": "forbidden"})
	default:
		s.Log.Error("api request failed", "path", ctx.Path(), "err", err)
		ctx.StopWithJSON(iris.StatusInternalServerError, iris.Map{"error": "internal error"})
	}
}

// pingReader checks reachability of a trackside RFID reader by IP.
func (s *Server) pingReader(ctx iris.Context) {
	out, err := s.Diagnostic.Ping(ctx.Request().Context(), ctx.Params().Get("addr"))
	if errors.Is(err, tools.ErrInvalidAddress) {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "not an IP address"})
		return
	}
	ctx.JSON(iris.Map{"reachable": err == nil, "output": out})
}

// traceReader traces the route to a reader by host name.
func (s *Server) traceReader(ctx iris.Context) {
	host := ctx.Params().Get("host")
	out, err := s.Diagnostic.Traceroute(ctx.Request().Context(), host, ctx.URLParamIntDefault("max_hops", 20))
	if errors.Is(err, tools.ErrInvalidAddress) {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "host required"})
		return
	}
	ctx.JSON(iris.Map{"host": host, "completed": err == nil, "output": out})
}
