package handler

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest"

	auth "github.com/saltmarsh/survey/internal/handler/auth"
	export "github.com/saltmarsh/survey/internal/handler/export"
	ringing "github.com/saltmarsh/survey/internal/handler/ringing"
	trips "github.com/saltmarsh/survey/internal/handler/trips"
	"github.com/saltmarsh/survey/internal/svc"
)

func RegisterHandlers(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.AddRoutes(
		rest.WithMiddlewares(
			[]rest.Middleware{serverCtx.Cors},
			[]rest.Route{
				{Method: http.MethodPost, Path: "/auth/login", Handler: auth.LoginHandler(serverCtx)},
				{Method: http.MethodPost, Path: "/auth/register", Handler: auth.RegisterHandler(serverCtx)},
				{Method: http.MethodPost, Path: "/auth/reset", Handler: auth.ResetHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/trips/:id/page", Handler: trips.TripPageHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/photos", Handler: ringing.PhotoHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/photos/thumb", Handler: ringing.ThumbHandler(serverCtx)},
			}...,
		),
		rest.WithPrefix("/api/v1"),
	)

	server.AddRoutes(
		rest.WithMiddlewares(
			[]rest.Middleware{serverCtx.Cors, serverCtx.Auth},
			[]rest.Route{
				{Method: http.MethodGet, Path: "/rings", Handler: ringing.SearchRingsHandler(serverCtx)},
				{Method: http.MethodPost, Path: "/rings", Handler: ringing.CreateRingHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/rings/:id", Handler: ringing.GetRingHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/rings/:id/card", Handler: ringing.RingCardHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/rings/number/:ring/history", Handler: ringing.HistoryHandler(serverCtx)},
				{Method: http.MethodPost, Path: "/filters", Handler: ringing.SaveFilterHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/filters/:id/run", Handler: ringing.RunFilterHandler(serverCtx)},
				{Method: http.MethodPost, Path: "/trips", Handler: trips.CreateTripHandler(serverCtx)},
				{Method: http.MethodPost, Path: "/trips/:id/join", Handler: trips.JoinTripHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/trips/:id/tides", Handler: trips.TidesHandler(serverCtx)},
				{Method: http.MethodPost, Path: "/account/password", Handler: auth.SetPasswordHandler(serverCtx)},
				{Method: http.MethodPost, Path: "/exports", Handler: export.RequestExportHandler(serverCtx)},
				{Method: http.MethodGet, Path: "/exports/convert", Handler: export.ConvertHandler(serverCtx)},
			}...,
		),
		rest.WithPrefix("/api/v1"),
	)
}
