package clients

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

// ErrNotAnImage is returned when the remote resource is not an image.
var ErrNotAnImage = errors.New("remote resource is not an image")

const maxPhotoBytes = 20 << 20

// PhotoFetcher downloads inspection photos shared by link, e.g. from the
// surveyors' cloud drive.
type PhotoFetcher struct {
	http *http.Client
}

// NewPhotoFetcher returns a fetcher with sane timeouts.
func NewPhotoFetcher() *PhotoFetcher {
	return &PhotoFetcher{http: &http.Client{Timeout: 30 * time.Second, Transport: NewDefaultTransport()}}
}

// Download saves the image at rawURL to dest and returns its size.
func (f *PhotoFetcher) Download(ctx context.Context, rawURL, dest string) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return 0, err
	}
	resp, err := f.http.Do(req) // VULN ssrf
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("photo download: %s", resp.Status)
	}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "image/") {
		return 0, ErrNotAnImage
	}
	out, err := os.OpenFile(dest, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o640)
	if err != nil {
		return 0, err
	}
	defer out.Close()
	return io.Copy(out, io.LimitReader(resp.Body, maxPhotoBytes))
}
