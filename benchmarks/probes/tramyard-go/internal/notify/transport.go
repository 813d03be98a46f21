package notify

import (
	"context"
	"net/http"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"
	"github.com/gorilla/mux"

	"github.com/tramyard/depot/internal/auth"
	"github.com/tramyard/depot/internal/platform/httpx"
)

type registerRequest struct {
	Event           string `json:"event"`
	TargetURL       string `json:"targetUrl"`
	PayloadTemplate string `json:"payloadTemplate"`
	SigningKey      string `json:"signingKey"`
	depot           string
	actor           string
}

type pingRequest struct {
	TargetURL string `json:"targetUrl"`
}

type pingResponse struct {
	Status int `json:"status"`
}

// RegisterRoutes mounts the webhook administration API on r.
func RegisterRoutes(r *mux.Router, reg *Registry) {
	opts := httpx.ServerOptions()

	register := endpoint.Endpoint(func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(registerRequest)
		sub := &Subscription{
			Depot:           req.depot,
			Event:           req.Event,
			TargetURL:       req.TargetURL,
			PayloadTemplate: req.PayloadTemplate,
			SigningKey:      req.SigningKey,
			CreatedBy:       req.actor,
		}
		if err := reg.Register(ctx, sub); err != nil {
			return nil, err
		}
		return sub, nil
	})
	ping := endpoint.Endpoint(func(ctx context.Context, request interface{}) (interface{}, error) {
		status, err := reg.Ping(ctx, request.(pingRequest).TargetURL)
		return pingResponse{Status: status}, err
	})

	r.Methods(http.MethodPost).Path("/api/webhooks").Handler(httptransport.NewServer(register, decodeRegisterRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/webhooks/ping").Handler(httptransport.NewServer(ping, decodePingRequest, httpx.EncodeJSON, opts...))
}

func decodeRegisterRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	var req registerRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	c, ok := auth.ClaimsFrom(ctx)
	if !ok || (c.Role != auth.RoleDepotAdmin && c.Role != auth.RoleDispatcher) {
		return nil, httpx.Forbidden("dispatchers only")
	}
	req.depot, req.actor = c.Depot, c.Subject
	return req, nil
}

func decodePingRequest(_ context.Context, r *http.Request) (interface{}, error) {
	var req pingRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	return req, nil
}
