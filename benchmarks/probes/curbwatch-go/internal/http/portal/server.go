package portal

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/julienschmidt/httprouter"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/middleware"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/service"
	"github.com/curbwatch/curbwatch/internal/storage"
	"github.com/curbwatch/curbwatch/internal/validate"
	"github.com/curbwatch/curbwatch/internal/view"
)

// Server is the resident permit portal and the staff back office.
type Server struct {
	Permits   *service.PermitService
	Appeals   *service.AppealService
	Citations *service.CitationService
	Fleets    *service.FleetService
	Reports   *service.ReportService
	Notices   *service.NoticeService
	Docs      *storage.DocumentStore
	View      *view.Renderer
	SSO       *auth.SSOVerifier
	Sessions  *auth.SessionCodec
	Log       *slog.Logger
}

func (s *Server) Routes(allowedOrigins []string) http.Handler {
	r := httprouter.New()

	r.POST("/api/permits", s.applyPermit)
	r.GET("/permits/:id", s.permitDetail)
	r.GET("/permits/:id/document", s.permitDocument)
	r.GET("/permits/:id/payment-return", s.paymentReturn)
	r.POST("/permits/:id/activate", s.activatePermit)
	r.GET("/zones/:code/map", s.zoneMap)
	r.GET("/zone-lookup", s.zoneLookup)
	r.POST("/fleet/register", s.registerFleet)
	r.POST("/fleet/password", s.changeFleetPassword)
	r.POST("/counter/refunds", s.counterRefund)
	r.GET("/logout", s.logout)

	r.GET("/staff/permits", s.requireRole("permits_clerk", s.searchPermits))
	r.GET("/staff/zones/:id/roster", s.requireRole("permits_clerk", s.zoneRoster))
	r.GET("/staff/appeals", s.requireRole("hearing_officer", s.appealQueue))
	r.GET("/staff/appeals/:id", s.requireRole("hearing_officer", s.appealReview))
	r.POST("/staff/appeals/:id/decision", s.requireRole("hearing_officer", s.decideAppeal))
	r.GET("/staff/fleets", s.requireRole("admin", s.fleetList))
	r.POST("/staff/notices/print", s.requireRole("supervisor", s.printNotices))
	r.GET("/staff/printers/:name", s.requireRole("supervisor", s.printerStatus))
	r.POST("/staff/reports", s.requireRole("supervisor", s.saveReport))
	r.GET("/staff/reports/:id", s.requireRole("supervisor", s.runReport))
	r.POST("/staff/reports/:id/export", s.requireRole("supervisor", s.exportReport))
	r.GET("/staff/exports/:file", s.requireRole("supervisor", s.downloadExport))

	return middleware.PortalCORS(allowedOrigins, r)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func decodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, 1<<20))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func (s *Server) fail(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, repository.ErrNotFound):
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
	case errors.Is(err, validate.ErrInvalid), errors.Is(err, storage.ErrForbidden):
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
	case errors.Is(err, auth.ErrBadCredentials):
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "invalid credentials"})
	default:
		s.Log.Error("portal request failed", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
	}
}

func idParam(ps httprouter.Params, name string) (int64, error) {
	return validate.PositiveID(ps.ByName(name))
}

type staffKey struct{}

func bearerToken(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	if c, err := r.Cookie("cw_sso"); err == nil {
		return c.Value
	}
	return ""
}

// requireRole admits SSO users holding role. Lobby kiosks forward the token of
// the officer signed in at the kiosk together with their station header.
func (s *Server) requireRole(role string, next httprouter.Handle) httprouter.Handle {
	return func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
		raw := bearerToken(r)
		if raw == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		tok, err := s.SSO.Verify(r.Context(), raw)
		if err != nil && r.Header.Get("X-Kiosk-Station") != "" {
			tok, err = s.SSO.KioskIdentity(raw)
		}
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		allowed := false
		for _, got := range auth.RolesOf(tok) {
			if got == role || got == "admin" {
				allowed = true
				break
			}
		}
		if !allowed {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		ctx := context.WithValue(r.Context(), staffKey{}, tok.Subject())
		next(w, r.WithContext(ctx), ps)
	}
}

func staffFrom(ctx context.Context) string {
	v, _ := ctx.Value(staffKey{}).(string)
	return v
}
