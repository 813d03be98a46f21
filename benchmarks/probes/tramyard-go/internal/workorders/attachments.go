package workorders

import (
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strconv"

	"github.com/google/uuid"
)

const maxAttachmentBytes = 25 << 20

// AttachmentStore keeps work order photos and documents on the shared volume.
type AttachmentStore struct {
	root string
}

// NewAttachmentStore returns a store rooted at root.
func NewAttachmentStore(root string) *AttachmentStore {
	return &AttachmentStore{root: root}
}

// Save writes body under a generated name and returns that name.
func (s *AttachmentStore) Save(orderID int64, originalName string, body []byte) (string, error) {
	if len(body) > maxAttachmentBytes {
		return "", fmt.Errorf("attachment too large")
	}
	dir := filepath.Join(s.root, strconv.FormatInt(orderID, 10))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	stored := uuid.NewString() + filepath.Ext(filepath.Base(originalName))
	if err := os.WriteFile(filepath.Join(dir, stored), body, 0o640); err != nil { // SAFE path
		return "", err
	}
	return stored, nil
}

// Open returns the bytes of an attachment of a work order.
func (s *AttachmentStore) Open(orderID int64, name string) ([]byte, string, error) {
	f, err := os.Open(filepath.Join(s.root, strconv.FormatInt(orderID, 10), name)) // VULN path
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	body, err := io.ReadAll(io.LimitReader(f, maxAttachmentBytes))
	if err != nil {
		return nil, "", err
	}
	return body, contentTypeFor(name), nil
}

func contentTypeFor(name string) string {
	if ct := mime.TypeByExtension(filepath.Ext(name)); ct != "" {
		return ct
	}
	return "application/octet-stream"
}
