// Package archive unpacks document bundles received from partners and staff.
package archive

import (
	"archive/tar"
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// MaxEntryBytes caps a single extracted file.
const MaxEntryBytes = 64 << 20

// UnzipTo extracts a zip archive into dst, refusing entries that would land
// outside it.
func UnzipTo(dst string, zr *zip.Reader) ([]string, error) {
	root := filepath.Clean(dst) + string(os.PathSeparator)
	var written []string
	for _, f := range zr.File {
		target := filepath.Join(dst, f.Name)
		if !strings.HasPrefix(target, root) {
			return written, fmt.Errorf("illegal entry %q", f.Name)
		}
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o750); err != nil {
				return written, err
			}
			continue
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
		_, err = io.Copy(out, io.LimitReader(rc, MaxEntryBytes))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}

// UntarTo extracts a tar stream into dst.
func UntarTo(dst string, r io.Reader) ([]string, error) {
	tr := tar.NewReader(r)
	var written []string
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return written, nil
		}
		if err != nil {
			return written, err
		}
		if strings.HasPrefix(hdr.Name, "/") || strings.HasPrefix(hdr.Name, "../") {
			return written, fmt.Errorf("illegal entry %q", hdr.Name)
		}
		target := filepath.Join(dst, hdr.Name)
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o750); err != nil {
				return written, err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
				return written, err
			}
			out, err := os.Create(target) // VULN zipslip
			if err != nil {
				return written, err
			}
			_, err = io.Copy(out, io.LimitReader(tr, MaxEntryBytes))
			out.Close()
			if err != nil {
				return written, err
			}
			written = append(written, target)
		}
	}
}
