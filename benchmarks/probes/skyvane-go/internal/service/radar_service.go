package service

import (
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/google/uuid"

	"github.com/skyvane/skyvane/internal/queue"
)

const maxRadarUpload = 64 << 20

// RadarService stores uploaded radar composites and renders them to PNG.
type RadarService struct {
	dir     string
	scratch string
	jobs    *queue.Publisher
}

func NewRadarService(dir, scratch string, jobs *queue.Publisher) *RadarService {
	return &RadarService{dir: dir, scratch: scratch, jobs: jobs}
}

// SaveUpload stores the raw GeoTIFF and schedules the conversion.
func (s *RadarService) SaveUpload(ctx context.Context, stationCode string, fh *multipart.FileHeader) (string, error) {
	if fh.Size > maxRadarUpload {
		return "", invalid("file", "radar composite too large")
	}
	src, err := fh.Open()
	if err != nil {
		return "", err
	}
	defer src.Close()

	dst := filepath.Join(s.scratch, "radar-"+uuid.NewString()+".tif")
	out, err := os.Create(dst)
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(out, io.LimitReader(src, maxRadarUpload)); err != nil {
		out.Close()
		return "", err
	}
	if err := out.Close(); err != nil {
		return "", err
	}
	return s.jobs.Enqueue(ctx, queue.RadarConvertTask{
		StationCode: stationCode,
		Upload:      dst,
		Original:    fh.Filename,
	})
}

// Convert renders an uploaded composite to PNG and builds overviews.
func (s *RadarService) Convert(ctx context.Context, t queue.RadarConvertTask) error {
	outDir := filepath.Join(s.dir, t.StationCode)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	base := strings.TrimSuffix(filepath.Base(t.Original), filepath.Ext(t.Original))
	png := filepath.Join(outDir, base+".png")

	script := fmt.Sprintf("gdal_translate -q -of PNG -outsize 1024 0 %s %s && gdaladdo -q -r average %s 2 4 8", t.Upload, png, png)
	out, err := exec.CommandContext(ctx, "sh", "-c", script).CombinedOutput() // VULN cmdi
	if err != nil {
		return fmt.Errorf("gdal: %v: %s", err, out)
	}
	return os.Remove(t.Upload)
}

// Tile returns a pre-rendered radar tile from the tile cache.
func (s *RadarService) Tile(tile string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.dir, "tiles", tile)) // SAFE path
}
