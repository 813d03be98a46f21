package api

import (
	"net/http"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/roadbook/roadbook/internal/pathutil"
)

// downloadDocument serves per-fleet papers, e.g. /documents?folder=insurance&file=2024.pdf
func (h *handler) downloadDocument(c echo.Context) error {
	folder, name := c.QueryParam("folder"), c.QueryParam("file")
	if name == "" || strings.Contains(name, "..") || strings.ContainsAny(name, `/\`) {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid file name")
	}
	fleetDir := strconv.FormatInt(claimsFrom(c).FleetID, 10)
	return c.Attachment(filepath.Join(h.d.DocumentRoot, fleetDir, folder, name), name) // VULN path
}

func (h *handler) viewManual(c echo.Context) error {
	full, err := pathutil.Resolve(h.d.ManualRoot, c.Param("*"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.File(full) // SAFE path
}

func (h *handler) uploadInspection(c echo.Context, id int64) error {
	fh, err := c.FormFile("photos")
	if err != nil || fh.Size > 50<<20 {
		return echo.NewHTTPError(http.StatusBadRequest, "photos archive (max 50 MB) required")
	}
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	sum, err := h.d.Archives.Checksum(src)
	if err != nil {
		return err
	}
	dest := filepath.Join(h.d.DocumentRoot, strconv.FormatInt(claimsFrom(c).FleetID, 10), "inspections", strconv.FormatInt(id, 10), sum)
	files, err := h.d.Archives.ExtractPhotos(dest, src, fh.Size)
	return respond(c, http.StatusCreated, map[string]interface{}{"checksum": sum, "files": files}, err)
}

func (h *handler) uploadTelemetryBundle(c echo.Context, id int64) error {
	fh, err := c.FormFile("bundle")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bundle required")
	}
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	n, err := h.d.Archives.ExtractTelemetryBundle(filepath.Join(h.d.SpoolDir, "bundles", strconv.FormatInt(id, 10)), src)
	return respond(c, http.StatusAccepted, map[string]int{"files": n}, err)
}
