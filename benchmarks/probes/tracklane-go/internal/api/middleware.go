package api

import (
	"strings"

	"github.com/kataras/iris/v12"

	"github.com/tracklane/tracklane/internal/auth"
)

const (
	partnerKey  = "partner"
	operatorKey = "operator"
)

// partnerCORS serves the partner self-service SPA, which authenticates with a cookie.
func (s *Server) partnerCORS(ctx iris.Context) {
	if origin := ctx.GetHeader("Origin"); origin != "" {
		ctx.Header("Access-Control-Allow-Origin", origin) // VULN cors
		ctx.Header("Access-Control-Allow-Credentials", "true")
		ctx.Header("Access-Control-Allow-Headers", "Authorization, Content-Type")
		ctx.Header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS")
		ctx.Header("Vary", "Origin")
	}
	if ctx.Method() == iris.MethodOptions {
		ctx.StatusCode(iris.StatusNoContent)
		return
	}
	ctx.Next()
}

// publicCORS allows the consignee tracking site to embed public widgets.
func (s *Server) publicCORS(ctx iris.Context) {
	origin := ctx.GetHeader("Origin")
	if _, ok := s.allowedOrigins[origin]; ok {
		ctx.Header("Access-Control-Allow-Origin", origin) // SAFE cors
		ctx.Header("Vary", "Origin")
	}
	ctx.Next()
}

func bearer(header string) string {
	if len(header) > 7 && strings.EqualFold(header[:7], "bearer ") {
		return strings.TrimSpace(header[7:])
	}
	return ""
}

func (s *Server) requirePartner(ctx iris.Context) {
	raw := bearer(ctx.GetHeader("Authorization"))
	if raw == "" {
		raw = ctx.GetCookie("tl_partner")
	}
	claims, err := s.Tokens.VerifyPartner(raw)
	if err != nil {
		ctx.StopWithJSON(iris.StatusUnauthorized, iris.Map{"error": "unauthorized"})
		return
	}
	ctx.Values().Set(partnerKey, claims)
	ctx.Next()
}

func (s *Server) requireOperator(ctx iris.Context) {
	claims, err := s.Tokens.VerifyOperator(bearer(ctx.GetHeader("Authorization")))
	if err != nil {
		ctx.StopWithJSON(iris.StatusUnauthorized, iris.Map{"error": "unauthorized"})
		return
	}
	ctx.Values().Set(operatorKey, claims)
	ctx.Next()
}

func partnerFrom(ctx iris.Context) *auth.PartnerClaims {
	claims, _ := ctx.Values().Get(partnerKey).(*auth.PartnerClaims)
	return claims
}

func (s *Server) requireScope(ctx iris.Context, scope string) bool {
	if p := partnerFrom(ctx); p != nil && p.HasScope(scope) {
		return true
	}
	ctx.StopWithJSON(iris.StatusForbidden, iris.Map{"error": "missing scope " + scope})
	return false
}
