package workorders

import (
	"context"
	"io"
	"net/http"
	"strconv"

	httptransport "github.com/go-kit/kit/transport/http"
	"github.com/gorilla/mux"

	"github.com/tramyard/depot/internal/auth"
	"github.com/tramyard/depot/internal/platform/httpx"
)

// RegisterRoutes mounts the work-order API and pages on r.
func RegisterRoutes(r *mux.Router, eps Endpoints) {
	opts := httpx.ServerOptions()

	r.Methods(http.MethodPost).Path("/api/workorders").Handler(httptransport.NewServer(eps.Create, decodeCreateRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/api/workorders").Handler(httptransport.NewServer(eps.Search, decodeSearchRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/workorders/{id:[0-9]+}/status").Handler(httptransport.NewServer(eps.Status, decodeStatusRequest, encodeStatusResponse, opts...))
	r.Methods(http.MethodPost).Path("/api/workorders/{id:[0-9]+}/attachments").Handler(httptransport.NewServer(eps.Upload, decodeUploadRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/api/workorders/{id:[0-9]+}/attachments").Handler(httptransport.NewServer(eps.Download, decodeDownloadRequest, encodeFileResponse, opts...))
	r.Methods(http.MethodPost).Path("/api/workorders/{id:[0-9]+}/export").Handler(httptransport.NewServer(eps.Export, decodeExportRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/workorders/{id:[0-9]+}/label").Handler(httptransport.NewServer(eps.Print, decodePrintRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/app/workorders/{id:[0-9]+}").Handler(httptransport.NewServer(eps.DetailPage, decodeGetRequest, encodePage, opts...))
	r.Methods(http.MethodGet).Path("/app/workorders").Handler(httptransport.NewServer(eps.BoardPage, decodeSearchRequest, encodePage, opts...))
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		return 0, httpx.BadRequest("invalid work order id")
	}
	return id, nil
}

func actor(ctx context.Context) (string, string) {
	if c, ok := auth.ClaimsFrom(ctx); ok {
		return c.Subject, c.Depot
	}
	return "", ""
}

func decodeCreateRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	var req CreateRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	req.Actor, req.Depot = actor(ctx)
	return req, nil
}

func decodeSearchRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	q := r.URL.Query()
	page, _ := strconv.Atoi(q.Get("page"))
	size, _ := strconv.Atoi(q.Get("pageSize"))
	_, depot := actor(ctx)
	return SearchRequest{
		Depot:     depot,
		Status:    q.Get("status"),
		TramCode:  q.Get("tram"),
		SortBy:    q.Get("sort"),
		Direction: q.Get("dir"),
		Page:      page,
		PageSize:  size,
	}, nil
}

func decodeGetRequest(_ context.Context, r *http.Request) (interface{}, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return GetRequest{ID: id}, nil
}

func decodeStatusRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	if err := r.ParseForm(); err != nil {
		return nil, httpx.BadRequest("bad form")
	}
	who, _ := actor(ctx)
	return StatusRequest{ID: id, Status: r.PostForm.Get("status"), Next: r.PostForm.Get("next"), Actor: who}, nil
}

func decodeUploadRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	file, header, err := r.FormFile("file")
	if err != nil {
		return nil, httpx.BadRequest("file field is required")
	}
	defer file.Close()
	body, err := io.ReadAll(io.LimitReader(file, maxAttachmentBytes+1))
	if err != nil {
		return nil, err
	}
	who, _ := actor(ctx)
	return UploadRequest{OrderID: id, FileName: header.Filename, ContentType: header.Header.Get("Content-Type"), Body: body, Actor: who}, nil
}

func decodeDownloadRequest(_ context.Context, r *http.Request) (interface{}, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return DownloadRequest{OrderID: id, File: r.URL.Query().Get("file")}, nil
}

func decodeExportRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	who, _ := actor(ctx)
	return ExportRequest{ID: id, Actor: who}, nil
}

func decodePrintRequest(_ context.Context, r *http.Request) (interface{}, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	var req PrintRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	req.ID = id
	return req, nil
}

func encodeStatusResponse(_ context.Context, w http.ResponseWriter, response interface{}) error {
	resp := response.(StatusResponse)
	w.Header().Set("Location", resp.Location) // SAFE redirect
	w.WriteHeader(http.StatusSeeOther)
	return nil
}

func encodeFileResponse(_ context.Context, w http.ResponseWriter, response interface{}) error {
	f := response.(FileResponse)
	w.Header().Set("Content-Type", f.ContentType)
	w.Header().Set("Content-Disposition", "attachment; filename="+strconv.Quote(f.Name))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, err := w.Write(f.Body)
	return err
}

func encodePage(_ context.Context, w http.ResponseWriter, response interface{}) error {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, err := w.Write(response.(PageResponse).HTML)
	return err
}
