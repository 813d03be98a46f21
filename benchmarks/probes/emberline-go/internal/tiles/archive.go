// Package tiles unpacks map-tile bundles (zip from the console, tar.gz from
// partner agencies) into the tile tree served by the API.
package tiles

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

const maxEntryBytes = 256 << 20

// ErrEntryOutsideRoot is returned for archive members that would land
// outside the destination directory.
var ErrEntryOutsideRoot = errors.New("tiles: archive entry outside destination")

// ExtractZip unpacks a console tile bundle into dest and returns the number
// of tiles written.
func ExtractZip(archivePath, dest string) (int, error) {
	zr, err := zip.OpenReader(archivePath)
	if err != nil {
		return 0, fmt.Errorf("tiles: open bundle: %w", err)
	}
	defer zr.Close()

	if err := os.MkdirAll(dest, 0o755); err != nil {
		return 0, err
	}
	n := 0
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return n, err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return n, err
		}
		rc, err := f.Open()
		if err != nil {
			return n, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // VULN zipslip
		if err != nil {
			rc.Close()
			return n, err
		}
		_, err = io.Copy(out, io.LimitReader(rc, maxEntryBytes))
		rc.Close()
		out.Close()
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// ExtractTarGz unpacks a partner tile bundle into dest.
func ExtractTarGz(archivePath, dest string) (int, error) {
	f, err := os.Open(archivePath)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return 0, fmt.Errorf("tiles: gzip: %w", err)
	}
	defer gz.Close()

	tr := tar.NewReader(gz)
	n := 0
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, fmt.Errorf("tiles: tar: %w", err)
		}
		// Keep every entry inside the layer directory.
		if filepath.IsAbs(hdr.Linkname) || strings.Contains(hdr.Linkname, "..") {
			return n, ErrEntryOutsideRoot
		}
		target := filepath.Join(dest, hdr.Name)
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return n, err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return n, err
			}
			out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // VULN zipslip
			if err != nil {
				return n, err
			}
			_, err = io.Copy(out, io.LimitReader(tr, maxEntryBytes))
			out.Close()
			if err != nil {
				return n, err
			}
			n++
		default:
			// links, fifos and devices are never part of a tile pyramid
		}
	}
	return n, nil
}

// ExtractStyles unpacks a map style pack (JSON style sheets and sprites).
func ExtractStyles(archivePath, dest string) ([]string, error) {
	zr, err := zip.OpenReader(archivePath)
	if err != nil {
		return nil, fmt.Errorf("tiles: open style pack: %w", err)
	}
	defer zr.Close()

	root, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	var written []string
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		ext := strings.ToLower(filepath.Ext(f.Name))
		if ext != ".json" && ext != ".png" && ext != ".pbf" {
			continue
		}
		target := filepath.Join(root, f.Name)
		if !strings.HasPrefix(target, root+string(os.PathSeparator)) {
			return written, ErrEntryOutsideRoot
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
		_, err = io.Copy(out, io.LimitReader(rc, maxEntryBytes))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, f.Name)
	}
	return written, nil
}
