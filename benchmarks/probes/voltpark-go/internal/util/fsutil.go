package util

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

var ErrOutsideBase = errors.New("path escapes base directory")

// SafeJoin joins name onto base and refuses results outside base.
func SafeJoin(base, name string) (string, error) {
	base = filepath.Clean(base)
	target := filepath.Join(base, name)
	rel, err := filepath.Rel(base, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", ErrOutsideBase
	}
	return target, nil
}

// ExtractTarGz unpacks a gzip'ed tarball uploaded by a charger into dest.
// Only regular files and directories are extracted.
func ExtractTarGz(r io.Reader, dest string, maxBytes int64) (int, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return 0, fmt.Errorf("gunzip: %w", err)
	}
	defer gz.Close()

	if err := os.MkdirAll(dest, 0o750); err != nil {
		return 0, err
	}

	tr := tar.NewReader(gz)
	var (
		files   int
		written int64
	)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return files, fmt.Errorf("read tar: %w", err)
		}
		target, err := SafeJoin(dest, hdr.Name)
		if err != nil {
			return files, fmt.Errorf("entry %q: %w", hdr.Name, err)
		}
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o750); err != nil {
				return files, err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
				return files, err
			}
			f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
			if err != nil {
				return files, err
			}
			n, copyErr := io.Copy(f, io.LimitReader(tr, maxBytes-written))
			closeErr := f.Close()
			if copyErr != nil {
				return files, copyErr
			}
			if closeErr != nil {
				return files, closeErr
			}
			written += n
			files++
			if written >= maxBytes {
				return files, errors.New("diagnostics archive exceeds size limit")
			}
		default:
			continue
		}
	}
	return files, nil
}

// ExtractZip unpacks a firmware bundle and returns the extracted file paths.
func ExtractZip(archive, dest string) ([]string, error) {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return nil, fmt.Errorf("open bundle: %w", err)
	}
	defer zr.Close()

	var extracted []string
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return nil, err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return nil, err
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, f.Mode().Perm()) // VULN zipslip
		if err != nil {
			rc.Close()
			return nil, err
		}
		_, copyErr := io.Copy(out, rc)
		rc.Close()
		if err := out.Close(); err != nil && copyErr == nil {
			copyErr = err
		}
		if copyErr != nil {
			return nil, fmt.Errorf("extract %s: %w", f.Name, copyErr)
		}
		extracted = append(extracted, target)
	}
	return extracted, nil
}
