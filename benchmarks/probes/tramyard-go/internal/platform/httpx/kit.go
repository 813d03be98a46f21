package httpx

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	httptransport "github.com/go-kit/kit/transport/http"
)

// StatusError carries an HTTP status through go-kit endpoints.
type StatusError struct {
	Code int
	Msg  string
}

func (e *StatusError) Error() string { return e.Msg }

// BadRequest wraps msg as a 400.
func BadRequest(msg string) error { return &StatusError{Code: http.StatusBadRequest, Msg: msg} }

// NotFound wraps msg as a 404.
func NotFound(msg string) error { return &StatusError{Code: http.StatusNotFound, Msg: msg} }

// Forbidden wraps msg as a 403.
func Forbidden(msg string) error { return &StatusError{Code: http.StatusForbidden, Msg: msg} }

// EncodeError writes errors as a small JSON document.
func EncodeError(_ context.Context, err error, w http.ResponseWriter) {
	code := http.StatusInternalServerError
	msg := "internal error"
	var se *StatusError
	if errors.As(err, &se) {
		code, msg = se.Code, se.Msg
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// EncodeJSON is the default go-kit response encoder.
func EncodeJSON(ctx context.Context, w http.ResponseWriter, response interface{}) error {
	return httptransport.EncodeJSONResponse(ctx, w, response)
}

// ServerOptions are shared by every go-kit server in the API.
func ServerOptions() []httptransport.ServerOption {
	return []httptransport.ServerOption{
		httptransport.ServerErrorEncoder(EncodeError),
		httptransport.ServerBefore(httptransport.PopulateRequestContext),
	}
}

// DecodeJSON decodes a size-limited JSON body into dst.
func DecodeJSON(r *http.Request, dst interface{}) error {
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return BadRequest("malformed JSON body")
	}
	return nil
}
