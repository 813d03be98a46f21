package ringing

import (
	"io"
	"net/http"
	"path/filepath"

	"github.com/zeromicro/go-zero/rest/httpx"

	"github.com/saltmarsh/survey/internal/logic/ringing"
	"github.com/saltmarsh/survey/internal/svc"
	"github.com/saltmarsh/survey/internal/types"
)

func contentTypeFor(key string) string {
	switch filepath.Ext(key) {
	case ".png":
		return "image/png"
	default:
		return "image/jpeg"
	}
}

// PhotoHandler serves a full-size capture photo for the public gallery.
func PhotoHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.PhotoReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		l := ringing.NewPhotoLogic(r.Context(), svcCtx)
		data, err := l.Photo(&req)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", contentTypeFor(req.Key))
		w.Header().Set("Cache-Control", "public, max-age=86400")
		_, _ = w.Write(data)
	}
}

// ThumbHandler streams the thumbnail generated at upload time.
func ThumbHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.PhotoReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		l := ringing.NewPhotoLogic(r.Context(), svcCtx)
		rc, err := l.Thumb(&req)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer rc.Close()
		w.Header().Set("Content-Type", "image/jpeg")
		_, _ = io.Copy(w, rc)
	}
}
