package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// ErrUnknownCamera is returned for a camera id not in configuration.
var ErrUnknownCamera = errors.New("service: unknown webcam")

// webcamHost is the CDN in front of the partner webcams on neighbouring peaks.
const webcamHost = "https://cams.chairlift-resort.com"

// Snapshot is an image fetched from a webcam.
type Snapshot struct {
	ContentType string
	Body        []byte
}

// WebcamService proxies webcam images so the cameras are never exposed directly.
type WebcamService struct {
	cameras map[string]string
	client  *http.Client
}

// NewWebcamService wires the webcam proxy.
func NewWebcamService(cameras map[string]string, client *http.Client) *WebcamService {
	return &WebcamService{cameras: cameras, client: client}
}

// ByID fetches the current image of one of our own cameras.
func (s *WebcamService) ByID(ctx context.Context, id string) (*Snapshot, error) {
	endpoint, ok := s.cameras[id]
	if !ok {
		return nil, ErrUnknownCamera
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.client.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	return readSnapshot(resp)
}

// FromCDN fetches a partner webcam image by its CDN URL, as embedded by the
// tourism board's widget.
func (s *WebcamService) FromCDN(ctx context.Context, src string) (*Snapshot, error) {
	if !strings.HasPrefix(src, webcamHost) {
		return nil, ErrUnknownCamera
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.client.Do(req) // VULN ssrf
	if err != nil {
		return nil, err
	}
	return readSnapshot(resp)
}

func readSnapshot(resp *http.Response) (*Snapshot, error) {
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("webcam returned %d", resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return nil, err
	}
	return &Snapshot{ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}
