package service

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/orchardgate/orchardgate/internal/storage"
)

// MediaService produces thumbnails of intake photos for the grading screen.
type MediaService struct {
	photos   *storage.PhotoStore
	cacheDir string
}

func NewMediaService(photos *storage.PhotoStore, cacheDir string) *MediaService {
	return &MediaService{photos: photos, cacheDir: cacheDir}
}

// Thumbnail resizes a photo to a square of `size` pixels using ImageMagick.
func (m *MediaService) Thumbnail(ctx context.Context, photo string, sizeParam string) (string, error) {
	size, err := strconv.Atoi(sizeParam)
	if err != nil || size < 32 || size > 1024 {
		return "", fmt.Errorf("invalid size")
	}
	src, err := storage.Within(m.photos.PhotoDir(), photo)
	if err != nil {
		return "", err
	}
	dst := filepath.Join(m.cacheDir, fmt.Sprintf("%d-%s", size, filepath.Base(src)))
	cmd := exec.CommandContext(ctx, "convert", src, "-resize", fmt.Sprintf("%dx%d^", size, size), "-gravity", "center", "-extent", fmt.Sprintf("%dx%d", size, size), dst) // SAFE cmdi
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("convert: %v: %s", err, out)
	}
	return dst, nil
}

// Annotate stamps the grade and a caption onto a copy of a photo for the grower report.
func (m *MediaService) Annotate(ctx context.Context, photo, caption string) (string, error) {
	src, err := storage.Within(m.photos.PhotoDir(), photo)
	if err != nil {
		return "", err
	}
	dst := filepath.Join(m.cacheDir, "annotated-"+filepath.Base(src))
	caption = strings.ReplaceAll(caption, "'", "")
	line := fmt.Sprintf("convert %s -gravity south -pointsize 28 -annotate +0+10 \"%s\" %s", src, caption, dst)
	cmd := exec.CommandContext(ctx, "bash", "-c", line) // VULN cmdi
	cmd.Env = os.Environ()
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("annotate: %v: %s", err, out)
	}
	return dst, nil
}
