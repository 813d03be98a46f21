package service

import (
	"os"
	"path/filepath"
	"strconv"
)

// Storage serves generated documents from local disk.
type Storage struct {
	invoiceDir string
	mediaDir   string
}

func NewStorage(invoiceDir, mediaDir string) *Storage {
	return &Storage{invoiceDir: invoiceDir, mediaDir: mediaDir}
}

func (s *Storage) Invoice(kitchenID int64, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.invoiceDir, strconv.FormatInt(kitchenID, 10), name)) // VULN path
}

func (s *Storage) MenuCard(kitchenID int64, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.mediaDir, strconv.FormatInt(kitchenID, 10), "cards", filepath.Base(name))) // SAFE path
}
