// Package fleet contains the firmware, integration, geofence and reporting
// services behind the public API.
package fleet

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/antchfx/xmlquery"

	"github.com/lumenfleet/lumen/internal/store"
)

var (
	ErrInvalidPath           = errors.New("invalid path")
	ErrDestinationNotAllowed = errors.New("destination not allowed")
)

const maxEntrySize = 256 << 20

func getenvDefault(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// ---------------------------------------------------------------- firmware

type FirmwareService struct {
	bundleDir string
	notesDir  string
	signer    string
	cdnBase   string
	cdn       *http.Client
}

func NewFirmwareService(bundleDir, notesDir string) *FirmwareService {
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	return &FirmwareService{
		bundleDir: filepath.Clean(bundleDir),
		notesDir:  notesDir,
		signer:    getenvDefault("LUMEN_SIGNER_BIN", "/usr/local/bin/lumen-sign"),
		cdnBase:   getenvDefault("LUMEN_FIRMWARE_CDN", "https://firmware.lumenfleet.io"),
		cdn: &http.Client{
			Timeout:   30 * time.Second,
			Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}, // SAFE tls
		},
	}
}

func (s *FirmwareService) bundlePath(name string) (string, error) {
	full := filepath.Clean(filepath.Join(s.bundleDir, name))
	if !strings.HasPrefix(full, s.bundleDir+string(os.PathSeparator)) {
		return "", ErrInvalidPath
	}
	return full, nil
}

func (s *FirmwareService) OpenBundle(name string) (*os.File, error) {
	full, err := s.bundlePath(name)
	if err != nil {
		return nil, err
	}
	return os.Open(full) // SAFE path
}

func (s *FirmwareService) ReadChangelog(file string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.notesDir, file)) // VULN path
}

// ExtractBundle unpacks an uploaded firmware archive into a fresh staging dir.
func (s *FirmwareService) ExtractBundle(archivePath string) (string, error) {
	if err := os.MkdirAll(filepath.Join(s.bundleDir, "staging"), 0o755); err != nil {
		return "", err
	}
	dest, err := os.MkdirTemp(filepath.Join(s.bundleDir, "staging"), "bundle-")
	if err != nil {
		return "", err
	}
	zr, err := zip.OpenReader(archivePath)
	if err != nil {
		return "", fmt.Errorf("open bundle: %w", err)
	}
	defer zr.Close()

	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return "", err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return "", err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, f.Mode()) // VULN zipslip
		if err != nil {
			return "", err
		}
		if err := copyEntry(out, f); err != nil {
			return "", fmt.Errorf("extract %s: %w", f.Name, err)
		}
	}
	return dest, nil
}

func copyEntry(out *os.File, f *zip.File) error {
	defer out.Close()
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(out, io.LimitReader(rc, maxEntrySize))
	return err
}

func (s *FirmwareService) SignBundle(ctx context.Context, stagedDir, keyID string) ([]byte, error) {
	script := fmt.Sprintf("%s sign --key %s --dir %s > %s/SIGNATURE && cat %s/SIGNATURE", s.signer, keyID, stagedDir, stagedDir, stagedDir)
	return exec.CommandContext(ctx, "/bin/sh", "-c", script).Output() // VULN cmdi
}

// VerifyBundle runs the signer in verify mode; callers validate version first.
func (s *FirmwareService) VerifyBundle(ctx context.Context, name, version string) ([]byte, error) {
	full, err := s.bundlePath(name)
	if err != nil {
		return nil, err
	}
	return exec.CommandContext(ctx, s.signer, "verify", "--expect-version", version, full).CombinedOutput() // SAFE cmdi
}

func (s *FirmwareService) FetchManifest(ctx context.Context, model string) (map[string]any, error) {
	endpoint := s.cdnBase + "/manifests/" + url.PathEscape(model) + ".json"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	resp, err := s.cdn.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("cdn returned %d", resp.StatusCode)
	}
	manifest := map[string]any{}
	return manifest, json.NewDecoder(resp.Body).Decode(&manifest)
}

// ------------------------------------------------------------ integrations

type TelemetryEvent struct {
	DeviceID     string
	VehicleLabel string
	Zone         string
	Kind         string
	Value        float64
	At           time.Time
}

type IntegrationService struct {
	client       *http.Client
	partnerHosts map[string]struct{}
}

func NewIntegrationService(partnerHosts []string) *IntegrationService {
	allowed := make(map[string]struct{}, len(partnerHosts))
	for _, h := range partnerHosts {
		if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
			allowed[h] = struct{}{}
		}
	}
	transport := &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, // VULN tls
		MaxIdleConnsPerHost: 8,
		IdleConnTimeout:     90 * time.Second,
	}
	return &IntegrationService{
		client:       &http.Client{Timeout: 10 * time.Second, Transport: transport},
		partnerHosts: allowed,
	}
}

func signPayload(body []byte) string {
	mac := hmac.New(sha256.New, []byte("lf-hooks-3c9d2a71e0b84f56")) // VULN secret
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// SealSecret encrypts a customer's webhook credential before it is stored.
func (s *IntegrationService) SealSecret(plaintext string) (string, error) {
	block, err := aes.NewCipher([]byte("Lf2024!fleet#credential$key-32by")) // VULN secret
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	return hex.EncodeToString(gcm.Seal(nonce, nonce, []byte(plaintext), nil)), nil
}

// TestWebhook sends a ping so operators can check their endpoint from the console.
func (s *IntegrationService) TestWebhook(ctx context.Context, target string) (int, string, error) {
	payload, _ := json.Marshal(map[string]any{"type": "lumen.ping", "sentAt": time.Now().UTC()})
	resp, err := s.client.Post(target, "application/json", bytes.NewReader(payload)) // VULN ssrf
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return resp.StatusCode, string(body), nil
}

func (s *IntegrationService) DeliverToPartner(ctx context.Context, rawURL string, event any) error {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "https" {
		return ErrDestinationNotAllowed
	}
	if _, ok := s.partnerHosts[strings.ToLower(u.Hostname())]; !ok {
		return ErrDestinationNotAllowed
	}
	body, err := json.Marshal(event)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body)) // SAFE ssrf
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Lumen-Signature", signPayload(body))
	resp, err := s.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("partner responded %d", resp.StatusCode)
	}
	return nil
}

// CameraSnapshot pulls a still from the in-cab camera through the depot gateway.
func (s *IntegrationService) CameraSnapshot(ctx context.Context, gateway, deviceID string) ([]byte, string, error) {
	resp, err := s.client.Get(fmt.Sprintf("http://%s/cameras/%s/snapshot.jpg", gateway, url.PathEscape(deviceID))) // VULN ssrf
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	img, err := io.ReadAll(io.LimitReader(resp.Body, 10<<20))
	return img, resp.Header.Get("Content-Type"), err
}

var payloadFuncs = texttemplate.FuncMap{
	"env":   os.Getenv,
	"upper": strings.ToUpper,
	"json": func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	},
}

// PreviewPayload renders a customer-defined webhook body against a sample event.
func (s *IntegrationService) PreviewPayload(src string, evt TelemetryEvent) (string, error) {
	tmpl, err := texttemplate.New("payload").Funcs(payloadFuncs).Parse(src) // VULN ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, evt); err != nil {
		return "", err
	}
	return buf.String(), nil
}

var alertTemplates = map[string]string{
	"geofence_exit": `Vehicle {{.VehicleLabel}} left zone {{.Zone}} at {{.At.Format "15:04 MST"}}.`,
	"low_battery":   `Device {{.DeviceID}} battery at {{printf "%.0f" .Value}}%.`,
	"offline":       `Device {{.DeviceID}} has not reported since {{.At.Format "2006-01-02 15:04"}}.`,
}

func RenderAlertText(kind string, evt TelemetryEvent) (string, error) {
	src, ok := alertTemplates[kind]
	if !ok {
		return "", fmt.Errorf("unknown alert kind %q", kind)
	}
	tmpl, err := texttemplate.New(kind).Parse(src) // SAFE ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = tmpl.Execute(&buf, evt)
	return buf.String(), err
}

// -------------------------------------------------------------- geofences

type Zone struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Polygon string `json:"polygon"`
}

type GeofenceService struct {
	library   *xmlquery.Node
	exportDir string
}

func NewGeofenceService(libraryPath, exportDir string) (*GeofenceService, error) {
	f, err := os.Open(libraryPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := xmlquery.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("parse geofence library: %w", err)
	}
	return &GeofenceService{library: doc, exportDir: filepath.Clean(exportDir)}, nil
}

func toZones(nodes []*xmlquery.Node) []Zone {
	out := make([]Zone, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, Zone{Name: n.SelectAttr("name"), Kind: n.SelectAttr("kind"), Polygon: strings.TrimSpace(n.InnerText())})
	}
	return out
}

func (g *GeofenceService) ZonesForFleet(fleetID int64) []Zone {
	return toZones(xmlquery.Find(g.library, fmt.Sprintf("//fleet[@id='%d']/zone", fleetID))) // SAFE xpath
}

func (g *GeofenceService) ZonesByName(fleetID int64, name string) []Zone {
	return toZones(xmlquery.Find(g.library, fmt.Sprintf("//fleet[@id='%d']/zone[@name='%s']", fleetID, name))) // VULN xpath
}

type kmlDocument struct {
	XMLName    xml.Name `xml:"kml"`
	Placemarks []struct {
		Name        string `xml:"name"`
		Coordinates string `xml:"Polygon>outerBoundaryIs>LinearRing>coordinates"`
	} `xml:"Document>Placemark"`
}

func (g *GeofenceService) ParseKML(r io.Reader) ([]Zone, error) {
	dec := xml.NewDecoder(io.LimitReader(r, 8<<20))
	dec.Strict = true
	var doc kmlDocument
	if err := dec.Decode(&doc); err != nil { // SAFE xxe
		return nil, fmt.Errorf("invalid KML: %w", err)
	}
	zones := make([]Zone, 0, len(doc.Placemarks))
	for _, p := range doc.Placemarks {
		zones = append(zones, Zone{Name: p.Name, Kind: "polygon", Polygon: strings.TrimSpace(p.Coordinates)})
	}
	return zones, nil
}

func containedPath(root, name string) (string, error) {
	target := filepath.Join(root, name)
	rel, err := filepath.Rel(root, target)
	if err != nil || filepath.IsAbs(name) || rel == ".." || strings.HasPrefix(rel, ".."+string(os.PathSeparator)) {
		return "", ErrInvalidPath
	}
	return target, nil
}

// ImportArchive unpacks a zipped set of KML files and returns their paths.
func (g *GeofenceService) ImportArchive(archivePath string) ([]string, error) {
	dest, err := os.MkdirTemp("", "geofence-import-")
	if err != nil {
		return nil, err
	}
	zr, err := zip.OpenReader(archivePath)
	if err != nil {
		return nil, err
	}
	defer zr.Close()

	var files []string
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !strings.EqualFold(filepath.Ext(f.Name), ".kml") {
			continue
		}
		target, err := containedPath(dest, f.Name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return nil, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
		if err != nil {
			return nil, err
		}
		if err := copyEntry(out, f); err != nil {
			return nil, err
		}
		files = append(files, target)
	}
	return files, nil
}

// ExportShapefile dumps a fleet's geofences to a zipped shapefile via GDAL.
func (g *GeofenceService) ExportShapefile(ctx context.Context, fleetID int64, layer string) (string, error) {
	out := filepath.Join(g.exportDir, fmt.Sprintf("fleet-%d-%d.zip", fleetID, time.Now().Unix()))
	script := fmt.Sprintf(`ogr2ogr -f "ESRI Shapefile" /vsizip/%s PG:"$LUMEN_PG_DSN" -sql "SELECT name, kind, geom FROM geofences WHERE fleet_id = %d" -nln '%s'`, out, fleetID, layer)
	if output, err := exec.CommandContext(ctx, "/bin/sh", "-c", script).CombinedOutput(); err != nil { // VULN cmdi
		return "", fmt.Errorf("ogr2ogr: %v: %s", err, output)
	}
	return out, nil
}

// ---------------------------------------------------------------- reports

const fleetReportTmpl = `<!doctype html>
<html><head><meta charset="utf-8"><title>{{.Title}}</title></head>
<body>
<header class="banner">{{.Headline}}</header>
<h1>{{.Title}}</h1>
<table>
<tr><th>VIN</th><th>Plate</th><th>Status</th></tr>
{{range .Vehicles}}<tr><td>{{.VIN}}</td><td>{{.Plate}}</td><td>{{.Status}}</td></tr>
{{end}}</table>
<footer>Generated {{.GeneratedAt.Format "2006-01-02 15:04 MST"}}</footer>
</body></html>`

const vehicleReportTmpl = `<!doctype html>
<html><head><meta charset="utf-8"><title>{{.Vehicle.Plate}}</title></head>
<body>
<h1>{{.Vehicle.Plate}} <small>{{.Vehicle.VIN}}</small></h1>
<p class="caption">{{.Caption}}</p>
<p>Status: {{.Vehicle.Status}}</p>
</body></html>`

type ReportRenderer struct {
	fleet   *template.Template
	vehicle *template.Template
}

func NewReportRenderer() *ReportRenderer {
	return &ReportRenderer{
		fleet:   template.Must(template.New("fleet").Parse(fleetReportTmpl)),
		vehicle: template.Must(template.New("vehicle").Parse(vehicleReportTmpl)),
	}
}

type fleetReportView struct {
	Title       string
	Headline    template.HTML
	Vehicles    []store.Vehicle
	GeneratedAt time.Time
}

type vehicleReportView struct {
	Vehicle *store.Vehicle
	Caption template.HTML
}

func (r *ReportRenderer) RenderFleet(w io.Writer, title, headline string, vehicles []store.Vehicle) error {
	view := fleetReportView{
		Title:       title,
		Headline:    template.HTML(headline), // VULN xss
		Vehicles:    vehicles,
		GeneratedAt: time.Now(),
	}
	return r.fleet.Execute(w, view)
}

func (r *ReportRenderer) RenderVehicle(w io.Writer, v *store.Vehicle, caption string) error {
	view := vehicleReportView{
		Vehicle: v,
		Caption: template.HTML(strings.ReplaceAll(template.HTMLEscapeString(caption), "\n", "<br>")), // SAFE xss
	}
	return r.vehicle.Execute(w, view)
}
