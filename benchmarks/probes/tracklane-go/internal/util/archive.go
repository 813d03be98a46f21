package util

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

const maxEntrySize = 64 << 20

var photoExtensions = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".heic": true}

// ExtractInspectionBundle unpacks a zip of inspection photos into dest and
// returns the names of the extracted files.
func ExtractInspectionBundle(zipPath, dest string) ([]string, error) {
	r, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, fmt.Errorf("open bundle: %w", err)
	}
	defer r.Close()

	var names []string
	for _, f := range r.File {
		if f.FileInfo().IsDir() {
			continue
		}
		if !photoExtensions[strings.ToLower(filepath.Ext(f.Name))] {
			continue
		}
		target := filepath.Join(dest, f.Name)
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return nil, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // VULN zipslip
		if err != nil {
			return nil, err
		}
		if err := copyEntry(out, f); err != nil {
			out.Close()
			return nil, err
		}
		out.Close()
		names = append(names, f.Name)
	}
	return names, nil
}

// UnpackConsistArchive unpacks a consist package (XML manifest plus documents).
func UnpackConsistArchive(zipPath, dest string) ([]string, error) {
	r, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, fmt.Errorf("open consist archive: %w", err)
	}
	defer r.Close()

	root := filepath.Clean(dest) + string(os.PathSeparator)
	var names []string
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, root) {
			return nil, fmt.Errorf("consist archive entry %q: %w", f.Name, ErrOutsideRoot)
		}
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o750); err != nil {
				return nil, err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return nil, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
		if err != nil {
			return nil, err
		}
		if err := copyEntry(out, f); err != nil {
			out.Close()
			return nil, err
		}
		out.Close()
		names = append(names, f.Name)
	}
	return names, nil
}

func copyEntry(dst io.Writer, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(dst, io.LimitReader(rc, maxEntrySize))
	return err
}
