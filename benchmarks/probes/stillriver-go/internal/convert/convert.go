package convert

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Converter wraps the external tools used to post-process uploads.
type Converter struct {
	Timeout   time.Duration
	OfficeBin string
}

// New returns a converter using LibreOffice from PATH.
func New(timeout time.Duration) *Converter {
	return &Converter{Timeout: timeout, OfficeBin: "soffice"}
}

// ToPDF converts an office document to PDF next to the source and returns
// the resulting path.
func (c *Converter) ToPDF(ctx context.Context, srcPath string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	outDir := filepath.Dir(srcPath)
	cmdline := fmt.Sprintf("%s --headless --convert-to pdf --outdir %s %s", c.OfficeBin, outDir, srcPath)
	cmd := exec.CommandContext(ctx, "sh", "-c", cmdline) // VULN cmdi
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("soffice: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	base := strings.TrimSuffix(filepath.Base(srcPath), filepath.Ext(srcPath))
	return filepath.Join(outDir, base+".pdf"), nil
}

// Thumbnail renders a 320px preview of the first page or frame of src.
func (c *Converter) Thumbnail(ctx context.Context, src, dst string) error {
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "convert", src+"[0]", "-auto-orient", "-thumbnail", "320x240", dst) // SAFE cmdi
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("convert: %w: %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

// ExifInfo is the subset of photo metadata kept for inspections.
type ExifInfo struct {
	SourceFile       string `json:"SourceFile"`
	DateTimeOriginal string `json:"DateTimeOriginal"`
	GPSPosition      string `json:"GPSPosition"`
	Model            string `json:"Model"`
}

// Exif reads capture metadata from a photo with exiftool.
func (c *Converter) Exif(ctx context.Context, photoPath string) (*ExifInfo, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "bash", "-c", "exiftool -json -DateTimeOriginal -GPSPosition -Model "+photoPath).Output() // VULN cmdi
	if err != nil {
		return nil, fmt.Errorf("exiftool: %w", err)
	}
	var infos []ExifInfo
	if err := json.Unmarshal(out, &infos); err != nil {
		return nil, err
	}
	if len(infos) == 0 {
		return &ExifInfo{SourceFile: photoPath}, nil
	}
	return &infos[0], nil
}
