package service

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/repository"
	"github.com/skyvane/skyvane/internal/util"
)

type ExportService struct {
	dir      string
	readings *repository.ReadingRepo
	stations *repository.StationRepo
}

func NewExportService(dir string, readings *repository.ReadingRepo, stations *repository.StationRepo) *ExportService {
	return &ExportService{dir: dir, readings: readings, stations: stations}
}

// Create writes a gzipped CSV export and returns its file name.
func (s *ExportService) Create(ctx context.Context, req dto.ExportRequest) (string, error) {
	if len(req.StationIDs) == 0 || len(req.StationIDs) > 50 {
		return "", invalid("station_ids", "between 1 and 50 stations")
	}
	if req.To.Sub(req.From) > 366*24*time.Hour || !req.To.After(req.From) {
		return "", invalid("range", "at most one year")
	}
	name := fmt.Sprintf("%s-%s.csv", time.Now().UTC().Format("20060102"), uuid.NewString())
	path := filepath.Join(s.dir, name)

	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	w := csv.NewWriter(f)
	_ = w.Write([]string{"station", "observed_at", "temp_c", "humidity_pct", "pressure_hpa", "wind_ms", "wind_dir_deg", "precip_mm"})
	for _, id := range req.StationIDs {
		st, err := s.stations.ByID(ctx, id)
		if err != nil {
			f.Close()
			return "", fmt.Errorf("station %d: %w", id, err)
		}
		rows, err := s.readings.Range(ctx, int64(id), req.From, req.To, 1_000_000)
		if err != nil {
			f.Close()
			return "", err
		}
		for _, r := range rows {
			_ = w.Write([]string{
				st.Code,
				r.ObservedAt.Format(time.RFC3339),
				strconv.FormatFloat(r.TempC, 'f', 2, 64),
				strconv.FormatFloat(r.HumidityPct, 'f', 1, 64),
				strconv.FormatFloat(r.PressureHPa, 'f', 1, 64),
				strconv.FormatFloat(r.WindMS, 'f', 2, 64),
				strconv.Itoa(r.WindDirDeg),
				strconv.FormatFloat(r.PrecipMM, 'f', 2, 64),
			})
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	if err := exec.CommandContext(ctx, "gzip", "-9", "-f", path).Run(); err != nil { // SAFE cmdi
		return "", fmt.Errorf("compress export: %w", err)
	}
	return name + ".gz", nil
}

// Open returns an export by the name Create handed out.
func (s *ExportService) Open(name string) (*os.File, error) {
	p, err := util.SecureJoin(s.dir, name)
	if err != nil {
		return nil, invalid("name", "bad export name")
	}
	return os.Open(p) // SAFE path
}

// OpenLegacy serves exports for pre-v2 dashboards, which reference files by
// their path below the export root (e.g. "2023/04/ops-monthly.csv.gz").
func (s *ExportService) OpenLegacy(rel string) (*os.File, error) {
	if strings.HasPrefix(rel, "/") || strings.HasPrefix(rel, "../") {
		return nil, invalid("file", "must be relative to the export directory")
	}
	return os.Open(filepath.Join(s.dir, rel)) // VULN path
}
