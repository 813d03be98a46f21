package util

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

const maxEntrySize = 256 << 20

// ExtractLocal unpacks zr into dest, refusing entries whose names are not
// local paths (absolute, containing "..", or reserved names on Windows).
func ExtractLocal(zr *zip.Reader, dest string) ([]string, error) {
	var written []string
	for _, f := range zr.File {
		if !filepath.IsLocal(f.Name) {
			return written, fmt.Errorf("illegal entry name %q", f.Name)
		}
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return written, err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return written, err
		}
		rc, err := f.Open()
		if err != nil {
			return written, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // SAFE zipslip
		if err != nil {
			rc.Close()
			return written, err
		}
		_, err = io.Copy(out, io.LimitReader(rc, maxEntrySize))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}
