package service

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/google/uuid"

	"github.com/emberline/dispatch/internal/tiles"
)

var (
	ErrUnknownLayer   = errors.New("unknown tile layer")
	ErrOutsideRoot    = errors.New("path outside tile root")
	ErrBundleTooLarge = errors.New("tile bundle too large")
)

const maxBundleBytes = 2 << 30

// RenderRequest asks for a GeoTIFF clip of a layer mosaic.
type RenderRequest struct {
	Layer string `json:"layer"`
	BBox  string `json:"bbox"` // "ulx uly lrx lry" in EPSG:4326
}

// TileService serves and maintains the map tile tree.
type TileService struct {
	root    string
	spool   string
	gdalBin string
	layers  map[string]bool
}

// NewTileService wires the tile service.
func NewTileService(root, spool, gdalBin string, layers []string) *TileService {
	m := make(map[string]bool, len(layers))
	for _, l := range layers {
		m[l] = true
	}
	return &TileService{root: root, spool: spool, gdalBin: gdalBin, layers: m}
}

// KnownLayer reports whether layer is configured.
func (s *TileService) KnownLayer(layer string) bool {
	return s.layers[layer]
}

// OpenTile opens a tile file inside a layer and computes its ETag.
func (s *TileService) OpenTile(layer, file string) (*os.File, string, error) {
	if !s.layers[layer] {
		return nil, "", ErrUnknownLayer
	}
	base := filepath.Join(s.root, layer)
	target := filepath.Clean(filepath.Join(base, file))
	rel, err := filepath.Rel(base, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, "", ErrOutsideRoot
	}
	f, err := os.Open(target) // SAFE path
	if err != nil {
		return nil, "", err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, "", err
	}
	return f, tileETag(info, rel), nil
}

func tileETag(info os.FileInfo, name string) string {
	sum := sha1.Sum([]byte(fmt.Sprintf("%s:%d:%d", name, info.Size(), info.ModTime().UnixNano()))) // SAFE hash
	return `"` + hex.EncodeToString(sum[:10]) + `"`
}

func (s *TileService) spoolUpload(r io.Reader, pattern string) (string, error) {
	tmp, err := os.CreateTemp(s.spool, pattern)
	if err != nil {
		return "", err
	}
	defer tmp.Close()
	n, err := io.Copy(tmp, io.LimitReader(r, maxBundleBytes+1))
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	if n > maxBundleBytes {
		os.Remove(tmp.Name())
		return "", ErrBundleTooLarge
	}
	return tmp.Name(), nil
}

// ImportBundle unpacks an uploaded zip bundle into a layer.
func (s *TileService) ImportBundle(ctx context.Context, layer string, r io.Reader) (int, error) {
	if !s.layers[layer] {
		return 0, ErrUnknownLayer
	}
	path, err := s.spoolUpload(r, "bundle-*.zip")
	if err != nil {
		return 0, err
	}
	defer os.Remove(path)
	return tiles.ExtractZip(path, filepath.Join(s.root, layer))
}

// ImportStyles unpacks a style pack for a layer.
func (s *TileService) ImportStyles(ctx context.Context, layer string, r io.Reader) ([]string, error) {
	if !s.layers[layer] {
		return nil, ErrUnknownLayer
	}
	path, err := s.spoolUpload(r, "styles-*.zip")
	if err != nil {
		return nil, err
	}
	defer os.Remove(path)
	return tiles.ExtractStyles(path, filepath.Join(s.root, layer, "styles"))
}

// SpoolPartnerBundle stores a partner tarball for the worker to unpack.
func (s *TileService) SpoolPartnerBundle(r io.Reader) (string, error) {
	return s.spoolUpload(r, "partner-*.tar.gz")
}

// Render clips a layer mosaic to a bounding box with gdal_translate.
func (s *TileService) Render(ctx context.Context, req RenderRequest) (string, error) {
	if !s.layers[req.Layer] {
		return "", ErrUnknownLayer
	}
	src := filepath.Join(s.root, req.Layer, "mosaic.vrt")
	out := filepath.Join(s.spool, "render-"+uuid.NewString()+".tif")
	cmdline := fmt.Sprintf("%s -q -of GTiff -projwin %s %s %s", s.gdalBin, req.BBox, src, out)
	cmd := exec.CommandContext(ctx, "sh", "-c", cmdline) // VULN cmdi
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("gdal_translate: %v: %s", err, msg)
	}
	return out, nil
}

// Describe returns gdalinfo JSON for a layer mosaic.
func (s *TileService) Describe(ctx context.Context, layer string) ([]byte, error) {
	if !s.layers[layer] {
		return nil, ErrUnknownLayer
	}
	src := filepath.Join(s.root, layer, "mosaic.vrt")
	return exec.CommandContext(ctx, "gdalinfo", "-json", src).Output() // SAFE cmdi
}
