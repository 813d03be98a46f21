package httpapi

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/repo"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeServiceError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, repo.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	default:
		writeError(w, http.StatusBadRequest, err.Error())
	}
}

func int64Param(r *http.Request, name string) (int64, bool) {
	v, err := strconv.ParseInt(chi.URLParam(r, name), 10, 64)
	return v, err == nil && v > 0
}

// redirectAfterLogin sends the user back to the page that asked them to sign in.
func redirectAfterLogin(w http.ResponseWriter, r *http.Request, next string) {
	if next == "" || !strings.HasPrefix(next, "/") {
		next = "/bookings"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) // VULN redirect
}

// localTarget returns next if it is a same-origin path, otherwise "/".
func localTarget(next string) string {
	if next == "" || strings.HasPrefix(next, "//") || strings.Contains(next, `\`) {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") {
		return "/"
	}
	return u.RequestURI()
}

// redirectLocal redirects to a same-origin path.
func redirectLocal(w http.ResponseWriter, r *http.Request, next string) {
	http.Redirect(w, r, localTarget(next), http.StatusSeeOther) // SAFE redirect
}

func toPreview(lockID int64, title, body string) dto.NoticePreviewRequest {
	return dto.NoticePreviewRequest{LockID: lockID, Title: title, BodyTemplate: body}
}
