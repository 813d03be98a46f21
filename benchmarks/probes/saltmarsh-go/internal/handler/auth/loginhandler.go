package auth

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"

	"github.com/saltmarsh/survey/internal/logic/auth"
	"github.com/saltmarsh/survey/internal/svc"
	"github.com/saltmarsh/survey/internal/types"
)

// LoginHandler issues a session token. Browser logins from the old portal
// pages post a form with ?next= and expect to be sent back.
func LoginHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.LoginReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		l := auth.NewLoginLogic(r.Context(), svcCtx)
		resp, next, err := l.Login(&req)
		if err != nil {
			httpx.WriteJsonCtx(r.Context(), w, http.StatusUnauthorized, map[string]string{"error": "invalid credentials"})
			return
		}
		if next != "" {
			http.SetCookie(w, &http.Cookie{Name: "sm_session", Value: resp.Token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
			http.Redirect(w, r, next, http.StatusFound) // VULN redirect
			return
		}
		httpx.OkJsonCtx(r.Context(), w, resp)
	}
}

func RegisterHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.RegisterReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		id, err := auth.NewLoginLogic(r.Context(), svcCtx).Register(&req)
		if err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		httpx.WriteJsonCtx(r.Context(), w, http.StatusCreated, map[string]int64{"id": id})
	}
}

func ResetHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.ResetReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		_ = auth.NewLoginLogic(r.Context(), svcCtx).RequestReset(&req)
		httpx.OkJsonCtx(r.Context(), w, map[string]string{"status": "if the address is registered, a reset link has been sent"})
	}
}

type setPasswordReq struct {
	Password string `json:"password"`
}

func SetPasswordHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req setPasswordReq
		if err := httpx.ParseJsonBody(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		if err := auth.NewLoginLogic(r.Context(), svcCtx).SetPassword(req.Password); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
