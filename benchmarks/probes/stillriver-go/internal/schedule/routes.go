package schedule

import (
	"context"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

// RegisterHandlers mounts the schedule service routes.
func RegisterHandlers(server *rest.Server, svcCtx *ServiceContext) {
	server.AddRoutes(
		rest.WithMiddlewares([]rest.Middleware{svcCtx.OperatorAuth},
			rest.Route{Method: http.MethodGet, Path: "/locks/:lockId/schedule", Handler: ScheduleHandler(svcCtx)},
			rest.Route{Method: http.MethodPost, Path: "/reports/requests", Handler: ReportRequestHandler(svcCtx)},
			rest.Route{Method: http.MethodGet, Path: "/registry/:region/:hull", Handler: RegistryHandler(svcCtx)},
			rest.Route{Method: http.MethodPost, Path: "/partners/ping", Handler: PartnerPingHandler(svcCtx)},
		),
		rest.WithPrefix("/v1"),
	)
}

type operatorCtxKey struct{}

// OperatorAuth admits requests carrying a valid operator token.
func OperatorAuth(secret []byte) rest.Middleware {
	return func(next http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			claims := jwt.MapClaims{}
			tok, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (interface{}, error) { return secret, nil }, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // SAFE jwt
			if err != nil || !tok.Valid {
				httpx.WriteJsonCtx(r.Context(), w, http.StatusUnauthorized, map[string]string{"error": "invalid token"})
				return
			}
			role, _ := claims["role"].(string)
			if role != "operator" && role != "inspector" {
				httpx.WriteJsonCtx(r.Context(), w, http.StatusForbidden, map[string]string{"error": "operators only"})
				return
			}
			sub, _ := claims.GetSubject()
			next(w, r.WithContext(context.WithValue(r.Context(), operatorCtxKey{}, sub)))
		}
	}
}

func operatorFrom(ctx context.Context) string {
	s, _ := ctx.Value(operatorCtxKey{}).(string)
	return s
}
