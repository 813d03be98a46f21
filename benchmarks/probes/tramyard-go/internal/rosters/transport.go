package rosters

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"time"

	httptransport "github.com/go-kit/kit/transport/http"
	"github.com/gorilla/mux"

	"github.com/tramyard/depot/internal/auth"
	"github.com/tramyard/depot/internal/platform/httpx"
)

// RegisterRoutes mounts the roster API and pages on r.
func RegisterRoutes(r *mux.Router, eps Endpoints) {
	opts := httpx.ServerOptions()

	r.Methods(http.MethodGet).Path("/app/rosters/{depot}/week").Handler(httptransport.NewServer(eps.Week, decodeWeekRequest, encodeHTML, opts...))
	r.Methods(http.MethodPut).Path("/api/rosters/shifts/{id:[0-9]+}/note").Handler(httptransport.NewServer(eps.Note, decodeNoteRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPut).Path("/api/rosters/me/preferences").Handler(httptransport.NewServer(eps.Preferences, decodePreferenceRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPut).Path("/api/rosters/templates/{name}").Handler(httptransport.NewServer(eps.Template, decodeTemplateRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/rosters/shifts/{id:[0-9]+}/notice").Handler(httptransport.NewServer(eps.Notice, decodeNoticeRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/rosters/shifts/{id:[0-9]+}/swaps").Handler(httptransport.NewServer(eps.Swap, decodeSwapRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/rosters/swaps/{id:[0-9]+}/confirm").Handler(httptransport.NewServer(eps.ConfirmSwap, decodeConfirmSwapRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/rosters/exports").Handler(httptransport.NewServer(eps.Export, decodeExportRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/api/rosters/drivers/{badge}").Handler(httptransport.NewServer(eps.Lookup, decodeLookupRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/api/rosters/directory").Handler(httptransport.NewServer(eps.Directory, decodeDirectoryRequest, httpx.EncodeJSON, opts...))
}

func caller(ctx context.Context) *auth.Claims {
	if c, ok := auth.ClaimsFrom(ctx); ok {
		return c
	}
	return &auth.Claims{}
}

func shiftID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		return 0, httpx.BadRequest("invalid id")
	}
	return id, nil
}

func decodeWeekRequest(_ context.Context, r *http.Request) (interface{}, error) {
	q := r.URL.Query()
	start := time.Now()
	if raw := q.Get("start"); raw != "" {
		t, err := time.Parse("2006-01-02", raw)
		if err != nil {
			return nil, httpx.BadRequest("start must be YYYY-MM-DD")
		}
		start = t
	}
	return WeekRequest{Depot: mux.Vars(r)["depot"], WeekStart: start, ReturnTo: q.Get("return_to")}, nil
}

func decodeNoteRequest(_ context.Context, r *http.Request) (interface{}, error) {
	id, err := shiftID(r)
	if err != nil {
		return nil, err
	}
	var req NoteRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	req.ShiftID = id
	return req, nil
}

func decodePreferenceRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	var req PreferenceRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	req.Badge = caller(ctx).Subject
	return req, nil
}

func decodeTemplateRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	var req TemplateRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	c := caller(ctx)
	if c.Role != auth.RoleDepotAdmin && c.Role != auth.RoleDispatcher {
		return nil, httpx.Forbidden("dispatchers only")
	}
	req.Name, req.Depot, req.Actor = mux.Vars(r)["name"], c.Depot, c.Subject
	return req, nil
}

func decodeNoticeRequest(_ context.Context, r *http.Request) (interface{}, error) {
	id, err := shiftID(r)
	if err != nil {
		return nil, err
	}
	var req NoticeRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	req.ShiftID = id
	return req, nil
}

func decodeSwapRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	id, err := shiftID(r)
	if err != nil {
		return nil, err
	}
	var req SwapRequestDTO
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	req.ShiftID, req.FromBadge = id, caller(ctx).Subject
	return req, nil
}

func decodeConfirmSwapRequest(_ context.Context, r *http.Request) (interface{}, error) {
	id, err := shiftID(r)
	if err != nil {
		return nil, err
	}
	var req ConfirmSwapRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	req.ID = id
	return req, nil
}

func decodeExportRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	var req ExportRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	req.Depot = caller(ctx).Depot
	return req, nil
}

func decodeLookupRequest(_ context.Context, r *http.Request) (interface{}, error) {
	return DirectoryRequest{Badge: mux.Vars(r)["badge"]}, nil
}

func decodeDirectoryRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	q := r.URL.Query()
	depot := q.Get("depot")
	if depot == "" {
		depot = caller(ctx).Depot
	}
	return DirectoryRequest{Depot: depot, Prefix: q.Get("surname")}, nil
}

func encodeHTML(_ context.Context, w http.ResponseWriter, response interface{}) error {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, err := io.WriteString(w, response.(HTMLResponse).HTML)
	return err
}
