package storage

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

var photoExtensions = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".heic": true}

const maxEntryBytes = 40 << 20

// ExtractBundle unpacks an inspection photo bundle exported from the
// surveyors' tablet app and returns the paths of the extracted photos.
func ExtractBundle(zipPath, dest string) ([]string, error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, fmt.Errorf("open bundle: %w", err)
	}
	defer zr.Close()

	var written []string
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		if !photoExtensions[strings.ToLower(filepath.Ext(f.Name))] {
			continue
		}
		target := filepath.Join(dest, f.Name)
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return written, err
		}
		rc, err := f.Open()
		if err != nil {
			return written, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // VULN zipslip
		if err != nil {
			rc.Close()
			return written, err
		}
		_, err = io.Copy(out, io.LimitReader(rc, maxEntryBytes))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}

// ExtractDocumentPack unpacks a zipped set of certificates uploaded by a
// shipping company for several vessels at once.
func ExtractDocumentPack(zipPath, dest string) ([]string, error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, fmt.Errorf("open pack: %w", err)
	}
	defer zr.Close()

	var written []string
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		target, err := SafeJoin(dest, f.Name)
		if err != nil {
			return written, fmt.Errorf("entry %q: %w", f.Name, err)
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return written, err
		}
		rc, err := f.Open()
		if err != nil {
			return written, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
		if err != nil {
			rc.Close()
			return written, err
		}
		_, err = io.Copy(out, io.LimitReader(rc, maxEntryBytes))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}
