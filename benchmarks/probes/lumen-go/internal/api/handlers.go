// Package api wires the public Echo routes to the fleet services.
package api

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/lumenfleet/lumen/internal/auth"
	"github.com/lumenfleet/lumen/internal/fleet"
	"github.com/lumenfleet/lumen/internal/store"
)

const (
	sessionCookie = "lumen_session"
	maxUploadSize = 512 << 20
)

var (
	semverPattern = regexp.MustCompile(`^v?\d{1,3}\.\d{1,3}\.\d{1,3}$`)
	eventKinds    = map[string]bool{"ignition": true, "geofence": true, "fault": true, "heartbeat": true, "harsh_braking": true}
)

type Handler struct {
	repo         *store.Repository
	tokens       *auth.TokenIssuer
	directory    *auth.Directory
	firmware     *fleet.FirmwareService
	integrations *fleet.IntegrationService
	geofences    *fleet.GeofenceService
	reports      *fleet.ReportRenderer
	log          *slog.Logger
}

func NewHandler(repo *store.Repository, tokens *auth.TokenIssuer, dir *auth.Directory, fw *fleet.FirmwareService,
	integ *fleet.IntegrationService, geo *fleet.GeofenceService, reports *fleet.ReportRenderer, log *slog.Logger) *Handler {
	return &Handler{repo: repo, tokens: tokens, directory: dir, firmware: fw, integrations: integ, geofences: geo, reports: reports, log: log}
}

func (h *Handler) Register(e *echo.Echo) {
	e.POST("/auth/login", h.login)
	e.POST("/auth/directory", h.directoryLogin)
	e.GET("/auth/sso/callback", h.ssoCallback)
	e.POST("/auth/logout", h.logout)
	e.POST("/share/timeline", h.sharedTimeline)

	g := e.Group("/api/v1", h.requireOperator)
	g.GET("/vehicles/search", h.searchVehicles)
	g.GET("/vehicles/:id", h.getVehicle)
	g.GET("/fleet/positions", h.positions)
	g.POST("/devices/lookup", h.lookupDevices)
	g.GET("/devices/:id/telemetry", h.telemetryWindow)
	g.GET("/devices/:id/telemetry/aggregate", h.telemetryAggregate)
	g.GET("/devices/:id/events", h.deviceEvents)
	g.GET("/devices/:id/snapshot", h.deviceSnapshot)
	g.POST("/devices/:id/pair", h.pairDevice)
	g.POST("/devices/:id/api-key", h.rotateDeviceKey)
	g.GET("/alerts", h.alerts)
	g.GET("/alerts/preview", h.alertPreview)
	g.GET("/firmware/bundles/:name", h.downloadBundle)
	g.POST("/firmware/bundles", h.uploadBundle)
	g.POST("/firmware/verify", h.verifyBundle)
	g.GET("/firmware/changelog", h.changelog)
	g.GET("/firmware/manifests/:model", h.manifest)
	g.POST("/integrations", h.createIntegration)
	g.POST("/integrations/test", h.testWebhook)
	g.POST("/integrations/preview", h.previewPayload)
	g.POST("/integrations/partner-push", h.partnerPush)
	g.GET("/geofences/zones", h.zones)
	g.POST("/geofences/kml", h.importKML)
	g.POST("/geofences/archive", h.importArchive)
	g.GET("/geofences/export", h.exportGeofences)
	g.GET("/directory/operators", h.directorySearch)

	r := e.Group("/reports", h.requireOperator)
	r.GET("/fleet", h.fleetReport)
	r.GET("/vehicles/:id", h.vehicleReport)
}

func (h *Handler) requireOperator(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw := strings.TrimPrefix(c.Request().Header.Get(echo.HeaderAuthorization), "Bearer ")
		if raw == "" {
			if ck, err := c.Cookie(sessionCookie); err == nil {
				raw = ck.Value
			}
		}
		claims, err := h.tokens.Verify(raw)
		if err != nil {
			return echo.NewHTTPError(http.StatusUnauthorized, "invalid session")
		}
		c.Set("claims", claims)
		return next(c)
	}
}

func claimsFrom(c echo.Context) *auth.Claims {
	cl, _ := c.Get("claims").(*auth.Claims)
	return cl
}

func (h *Handler) fail(c echo.Context, op string, err error) error {
	h.log.Error(op, "err", err, "request_id", c.Response().Header().Get(echo.HeaderXRequestID))
	return echo.NewHTTPError(http.StatusInternalServerError, "internal error")
}

func (h *Handler) startSession(c echo.Context, op *store.Operator) error {
	token, err := h.tokens.Issue(op.ID, op.FleetID, op.Role)
	if err != nil {
		return h.fail(c, "issue token", err)
	}
	c.SetCookie(&http.Cookie{Name: sessionCookie, Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	return c.JSON(http.StatusOK, map[string]any{"token": token, "role": op.Role})
}

// ------------------------------------------------------------------- auth

func (h *Handler) login(c echo.Context) error {
	var req struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "malformed body")
	}
	ctx := c.Request().Context()
	op, err := h.repo.FindOperatorByEmail(ctx, strings.ToLower(strings.TrimSpace(req.Email)))
	if err != nil || !auth.VerifyPassword(op.PasswordHash, op.LegacyHash, req.Password) {
		return echo.NewHTTPError(http.StatusUnauthorized, "invalid credentials")
	}
	if op.LegacyHash {
		if upgraded, err := auth.HashPassword(req.Password); err == nil {
			_ = h.repo.UpdateOperatorPassword(ctx, op.ID, upgraded)
		}
	}
	return h.startSession(c, op)
}

func (h *Handler) directoryLogin(c echo.Context) error {
	entry, err := h.directory.Authenticate(c.FormValue("username"), c.FormValue("password"))
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "invalid credentials")
	}
	op, err := h.repo.FindOperatorByEmail(c.Request().Context(), strings.ToLower(entry.Email))
	if err != nil {
		return echo.NewHTTPError(http.StatusForbidden, "no Lumen account for this directory user")
	}
	return h.startSession(c, op)
}

// ssoCallback is hit after the identity proxy has set the session cookie.
func (h *Handler) ssoCallback(c echo.Context) error {
	if _, err := c.Cookie(sessionCookie); err != nil {
		return c.Redirect(http.StatusFound, "/login?error=sso")
	}
	next := c.QueryParam("next")
	if next == "" {
		next = "/console"
	}
	return c.Redirect(http.StatusFound, next) // VULN redirect
}

func localRedirect(target string) string {
	u, err := url.Parse(target)
	if err != nil || target == "" || u.IsAbs() || u.Host != "" || !strings.HasPrefix(target, "/") ||
		strings.HasPrefix(target, "//") || strings.Contains(target, `\`) {
		return "/login"
	}
	return u.RequestURI()
}

func (h *Handler) logout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	return c.Redirect(http.StatusSeeOther, localRedirect(c.FormValue("return_to"))) // SAFE redirect
}

// ------------------------------------------------------- vehicles/devices

func (h *Handler) searchVehicles(c echo.Context) error {
	term := strings.TrimSpace(c.QueryParam("q"))
	vehicles, err := h.repo.SearchVehicles(c.Request().Context(), claimsFrom(c).FleetID, term)
	if err != nil {
		return h.fail(c, "search vehicles", err)
	}
	if len(vehicles) == 0 && strings.Contains(c.Request().Header.Get(echo.HeaderAccept), echo.MIMETextHTML) {
		return c.HTML(http.StatusOK, `<div class="empty">No vehicles match <strong>`+term+`</strong>.</div>`) // VULN xss
	}
	return c.JSON(http.StatusOK, vehicles)
}

func (h *Handler) getVehicle(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid vehicle id")
	}
	v, err := h.repo.FindVehicleByID(c.Request().Context(), claimsFrom(c).FleetID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return echo.NewHTTPError(http.StatusNotFound, "vehicle not found")
	} else if err != nil {
		return h.fail(c, "get vehicle", err)
	}
	return c.JSON(http.StatusOK, v)
}

func (h *Handler) positions(c echo.Context) error {
	limit, err := strconv.Atoi(c.QueryParam("limit"))
	if err != nil {
		limit = 200
	}
	points, err := h.repo.LatestPositions(c.Request().Context(), claimsFrom(c).FleetID, limit)
	if err != nil {
		return h.fail(c, "latest positions", err)
	}
	return c.JSON(http.StatusOK, points)
}

func (h *Handler) lookupDevices(c echo.Context) error {
	var req struct {
		IDs []string `json:"ids"`
	}
	if err := c.Bind(&req); err != nil || len(req.IDs) > 500 {
		return echo.NewHTTPError(http.StatusBadRequest, "expected up to 500 ids")
	}
	devices, err := h.repo.DevicesByIDs(c.Request().Context(), claimsFrom(c).FleetID, req.IDs)
	if err != nil {
		return h.fail(c, "lookup devices", err)
	}
	return c.JSON(http.StatusOK, devices)
}

func parseWindow(fromRaw, toRaw string) (time.Time, time.Time) {
	to, err := time.Parse(time.RFC3339, toRaw)
	if err != nil {
		to = time.Now().UTC()
	}
	from, err := time.Parse(time.RFC3339, fromRaw)
	if err != nil || !from.Before(to) {
		from = to.Add(-24 * time.Hour)
	}
	return from, to
}

func (h *Handler) telemetryWindow(c echo.Context) error {
	from, to := parseWindow(c.QueryParam("from"), c.QueryParam("to"))
	points, err := h.repo.TelemetryWindow(c.Request().Context(), c.Param("id"), from, to, c.QueryParam("sort"), c.QueryParam("order") == "desc")
	if err != nil {
		return h.fail(c, "telemetry window", err)
	}
	return c.JSON(http.StatusOK, points)
}

func (h *Handler) telemetryAggregate(c echo.Context) error {
	metric := c.QueryParam("metric")
	if metric == "" {
		metric = "speed_kph"
	}
	bucket := c.QueryParam("bucket")
	if bucket != "day" {
		bucket = "hour"
	}
	rows, err := h.repo.AggregateTelemetry(c.Request().Context(), c.Param("id"), metric, bucket)
	if err != nil {
		return h.fail(c, "aggregate telemetry", err)
	}
	return c.JSON(http.StatusOK, rows)
}

func (h *Handler) deviceEvents(c echo.Context) error {
	kind := c.QueryParam("kind")
	if !eventKinds[kind] {
		return echo.NewHTTPError(http.StatusBadRequest, "unknown event kind")
	}
	events, err := h.repo.DeviceEvents(c.Request().Context(), claimsFrom(c).FleetID, c.Param("id"), kind)
	if err != nil {
		return h.fail(c, "device events", err)
	}
	return c.JSON(http.StatusOK, events)
}

func (h *Handler) alerts(c echo.Context) error {
	minSeverity := c.QueryParam("minSeverity")
	if minSeverity == "" {
		minSeverity = "3"
	}
	events, err := h.repo.FleetAlerts(c.Request().Context(), claimsFrom(c).FleetID, minSeverity)
	if err != nil {
		return h.fail(c, "fleet alerts", err)
	}
	return c.JSON(http.StatusOK, events)
}

func (h *Handler) alertPreview(c echo.Context) error {
	sample := fleet.TelemetryEvent{DeviceID: "dev-demo", VehicleLabel: "Demo Van", Zone: "Depot", Value: 14, At: time.Now()}
	text, err := fleet.RenderAlertText(c.QueryParam("kind"), sample)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.String(http.StatusOK, text)
}

// sharedTimeline serves public "track my delivery" links; no session required.
func (h *Handler) sharedTimeline(c echo.Context) error {
	body := map[string]any{}
	if err := c.Bind(&body); err != nil || body["token"] == nil {
		return echo.NewHTTPError(http.StatusBadRequest, "token required")
	}
	events, err := h.repo.SharedTimeline(c.Request().Context(), body["token"])
	if err != nil {
		return h.fail(c, "shared timeline", err)
	}
	return c.JSON(http.StatusOK, events)
}

func (h *Handler) deviceSnapshot(c echo.Context) error {
	img, ctype, err := h.integrations.CameraSnapshot(c.Request().Context(), c.QueryParam("gateway"), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "camera unavailable")
	}
	return c.Blob(http.StatusOK, ctype, img)
}

func (h *Handler) pairDevice(c echo.Context) error {
	code := auth.NewPairingCode()
	expires := time.Now().Add(15 * time.Minute)
	if err := h.repo.SavePairingCode(c.Request().Context(), c.Param("id"), code, expires); err != nil {
		return h.fail(c, "save pairing code", err)
	}
	return c.JSON(http.StatusCreated, map[string]any{"code": code, "expiresAt": expires})
}

func (h *Handler) rotateDeviceKey(c echo.Context) error {
	key, err := auth.NewDeviceAPIKey()
	if err != nil {
		return h.fail(c, "generate device key", err)
	}
	sum := sha256.Sum256([]byte(key))
	if err := h.repo.SaveDeviceKeyHash(c.Request().Context(), c.Param("id"), hex.EncodeToString(sum[:])); err != nil {
		return h.fail(c, "save device key", err)
	}
	return c.JSON(http.StatusCreated, map[string]string{"apiKey": key})
}

// --------------------------------------------------------------- firmware

func (h *Handler) downloadBundle(c echo.Context) error {
	f, err := h.firmware.OpenBundle(c.Param("name"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "bundle not found")
	}
	defer f.Close()
	return c.Stream(http.StatusOK, "application/zip", f)
}

func (h *Handler) changelog(c echo.Context) error {
	data, err := h.firmware.ReadChangelog(c.QueryParam("file"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "changelog not found")
	}
	return c.Blob(http.StatusOK, "text/markdown; charset=utf-8", data)
}

func saveUpload(c echo.Context, field string) (string, error) {
	fh, err := c.FormFile(field)
	if err != nil {
		return "", err
	}
	src, err := fh.Open()
	if err != nil {
		return "", err
	}
	defer src.Close()
	tmp, err := os.CreateTemp("", "lumen-upload-*"+filepath.Ext(fh.Filename))
	if err != nil {
		return "", err
	}
	defer tmp.Close()
	if _, err := io.Copy(tmp, io.LimitReader(src, maxUploadSize)); err != nil {
		return "", err
	}
	return tmp.Name(), nil
}

func (h *Handler) uploadBundle(c echo.Context) error {
	archive, err := saveUpload(c, "bundle")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bundle upload required")
	}
	defer os.Remove(archive)
	staged, err := h.firmware.ExtractBundle(archive)
	if err != nil {
		return h.fail(c, "extract bundle", err)
	}
	sig, err := h.firmware.SignBundle(c.Request().Context(), staged, c.FormValue("keyId"))
	if err != nil {
		return h.fail(c, "sign bundle", err)
	}
	return c.JSON(http.StatusCreated, map[string]string{"staged": filepath.Base(staged), "signature": strings.TrimSpace(string(sig))})
}

func (h *Handler) verifyBundle(c echo.Context) error {
	var req struct {
		Bundle  string `json:"bundle"`
		Version string `json:"version"`
	}
	if err := c.Bind(&req); err != nil || !semverPattern.MatchString(req.Version) {
		return echo.NewHTTPError(http.StatusBadRequest, "bundle and semantic version required")
	}
	out, err := h.firmware.VerifyBundle(c.Request().Context(), req.Bundle, req.Version)
	if err != nil {
		return c.JSON(http.StatusUnprocessableEntity, map[string]string{"result": "invalid", "detail": string(out)})
	}
	return c.JSON(http.StatusOK, map[string]string{"result": "valid"})
}

func (h *Handler) manifest(c echo.Context) error {
	m, err := h.firmware.FetchManifest(c.Request().Context(), c.Param("model"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "manifest unavailable")
	}
	return c.JSON(http.StatusOK, m)
}

// ----------------------------------------------------------- integrations

type integrationRequest struct {
	Name     string         `json:"name"`
	URL      string         `json:"url"`
	Secret   string         `json:"secret"`
	Template string         `json:"template"`
	Event    map[string]any `json:"event"`
}

func (h *Handler) createIntegration(c echo.Context) error {
	var req integrationRequest
	if err := c.Bind(&req); err != nil || req.Name == "" || req.URL == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "name and url required")
	}
	sealed, err := h.integrations.SealSecret(req.Secret)
	if err != nil {
		return h.fail(c, "seal secret", err)
	}
	id, err := h.repo.SaveIntegration(c.Request().Context(), claimsFrom(c).FleetID, req.Name, req.URL, sealed)
	if err != nil {
		return h.fail(c, "save integration", err)
	}
	return c.JSON(http.StatusCreated, map[string]int64{"id": id})
}

func (h *Handler) testWebhook(c echo.Context) error {
	var req integrationRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "malformed body")
	}
	status, body, err := h.integrations.TestWebhook(c.Request().Context(), req.URL)
	if err != nil {
		return c.JSON(http.StatusOK, map[string]any{"ok": false, "error": err.Error()})
	}
	return c.JSON(http.StatusOK, map[string]any{"ok": status < 300, "status": status, "body": body})
}

func (h *Handler) previewPayload(c echo.Context) error {
	var req integrationRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "malformed body")
	}
	sample := fleet.TelemetryEvent{DeviceID: "dev-demo", VehicleLabel: "Demo Van", Zone: "Depot", Kind: "geofence_exit", At: time.Now()}
	out, err := h.integrations.PreviewPayload(req.Template, sample)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return c.String(http.StatusOK, out)
}

func (h *Handler) partnerPush(c echo.Context) error {
	var req integrationRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "malformed body")
	}
	if err := h.integrations.DeliverToPartner(c.Request().Context(), req.URL, req.Event); err != nil {
		if errors.Is(err, fleet.ErrDestinationNotAllowed) {
			return echo.NewHTTPError(http.StatusForbidden, err.Error())
		}
		return echo.NewHTTPError(http.StatusBadGateway, "partner delivery failed")
	}
	return c.NoContent(http.StatusAccepted)
}

// -------------------------------------------------------------- geofences

func (h *Handler) zones(c echo.Context) error {
	cl := claimsFrom(c)
	if name := c.QueryParam("name"); name != "" {
		return c.JSON(http.StatusOK, h.geofences.ZonesByName(cl.FleetID, name))
	}
	return c.JSON(http.StatusOK, h.geofences.ZonesForFleet(cl.FleetID))
}

func (h *Handler) importKML(c echo.Context) error {
	fh, err := c.FormFile("kml")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "kml file required")
	}
	src, err := fh.Open()
	if err != nil {
		return h.fail(c, "open kml", err)
	}
	defer src.Close()
	zones, err := h.geofences.ParseKML(src)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(http.StatusOK, zones)
}

func (h *Handler) importArchive(c echo.Context) error {
	archive, err := saveUpload(c, "archive")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "archive upload required")
	}
	defer os.Remove(archive)
	files, err := h.geofences.ImportArchive(archive)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]int{"imported": len(files)})
}

func (h *Handler) exportGeofences(c echo.Context) error {
	layer := c.QueryParam("layer")
	if layer == "" {
		layer = "geofences"
	}
	path, err := h.geofences.ExportShapefile(c.Request().Context(), claimsFrom(c).FleetID, layer)
	if err != nil {
		return h.fail(c, "export geofences", err)
	}
	return c.Attachment(path, filepath.Base(path))
}

func (h *Handler) directorySearch(c echo.Context) error {
	entries, err := h.directory.SearchOperators(c.QueryParam("name"))
	if err != nil {
		return h.fail(c, "directory search", err)
	}
	return c.JSON(http.StatusOK, entries)
}

// ---------------------------------------------------------------- reports

func (h *Handler) fleetReport(c echo.Context) error {
	cl := claimsFrom(c)
	vehicles, err := h.repo.ListFleetVehicles(c.Request().Context(), cl.FleetID, c.QueryParam("sort"))
	if err != nil {
		return h.fail(c, "list vehicles", err)
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	title := "Fleet " + strconv.FormatInt(cl.FleetID, 10) + " status"
	return h.reports.RenderFleet(c.Response(), title, c.QueryParam("headline"), vehicles)
}

func (h *Handler) vehicleReport(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid vehicle id")
	}
	v, err := h.repo.FindVehicleByID(c.Request().Context(), claimsFrom(c).FleetID, id)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "vehicle not found")
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	return h.reports.RenderVehicle(c.Response(), v, c.QueryParam("caption"))
}
