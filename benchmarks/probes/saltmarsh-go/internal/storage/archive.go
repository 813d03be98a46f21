package storage

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// maxEntry caps a single extracted field sheet.
const maxEntry = 64 << 20

// ExtractFieldSheets unpacks an archive of scanned field sheets that a site
// team uploads at the end of a session. Used by the import worker.
func ExtractFieldSheets(archivePath, dest string) ([]string, error) {
	zr, err := zip.OpenReader(archivePath)
	if err != nil {
		return nil, err
	}
	defer zr.Close()

	var written []string
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
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
		_, err = io.Copy(out, io.LimitReader(rc, maxEntry))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}

// ExtractChecked unpacks an archive uploaded through the portal, refusing
// any entry that would be written outside dest.
func ExtractChecked(r io.ReaderAt, size int64, dest string) ([]string, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, err
	}
	absDest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	var written []string
	for _, f := range zr.File {
		target := filepath.Join(absDest, f.Name)
		if !strings.HasPrefix(target, absDest+string(os.PathSeparator)) {
			return written, fmt.Errorf("archive entry %q escapes destination", f.Name)
		}
		if f.FileInfo().IsDir() {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return written, err
		}
		rc, err := f.Open()
		if err != nil {
			return written, err
		}
		out, err := os.Create(target) // SAFE zipslip
		if err != nil {
			rc.Close()
			return written, err
		}
		_, err = io.Copy(out, io.LimitReader(rc, maxEntry))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}
