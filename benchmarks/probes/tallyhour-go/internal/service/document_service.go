package service

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// DocumentService serves employee documents (contracts, tax forms, certificates).
type DocumentService struct {
	root string
}

func NewDocumentService(root string) *DocumentService {
	return &DocumentService{root: root}
}

func (s *DocumentService) employeeDir(employeeID int64) string {
	return filepath.Join(s.root, strconv.FormatInt(employeeID, 10))
}

func (s *DocumentService) List(employeeID int64) ([]string, error) {
	entries, err := os.ReadDir(s.employeeDir(employeeID))
	if err != nil {
		if os.IsNotExist(err) {
			return []string{}, nil
		}
		return nil, err
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

func (s *DocumentService) Read(employeeID int64, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.employeeDir(employeeID), name)) // VULN path
}
