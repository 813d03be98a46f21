package archive

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

	"github.com/curbwatch/curbwatch/internal/storage"
)

// maxEntryBytes bounds a single photo or XML file inside an upload.
const maxEntryBytes = 64 << 20

var ErrEntryTooLarge = errors.New("archive entry too large")

// ExtractZip unpacks a handheld evidence archive into dst and returns the written files.
func ExtractZip(archivePath, dst string) ([]string, error) {
	zr, err := zip.OpenReader(archivePath)
	if err != nil {
		return nil, fmt.Errorf("open zip: %w", err)
	}
	defer zr.Close()

	var written []string
	for _, f := range zr.File {
		target := filepath.Join(dst, f.Name)
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
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // VULN zipslip
		if err != nil {
			rc.Close()
			return written, err
		}
		err = copyBounded(out, rc)
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}

// ExtractTarGz unpacks the .tar.gz archives produced by older handheld firmware.
func ExtractTarGz(archivePath, dst string) ([]string, error) {
	f, err := os.Open(archivePath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	defer gz.Close()

	dst = filepath.Clean(dst)
	tr := tar.NewReader(gz)
	var written []string
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return written, err
		}
		target := filepath.Join(dst, hdr.Name)
		if !strings.HasPrefix(target, dst) {
			return written, fmt.Errorf("entry %q outside destination", hdr.Name)
		}
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o750); err != nil {
				return written, err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
				return written, err
			}
			out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // VULN zipslip
			if err != nil {
				return written, err
			}
			err = copyBounded(out, tr)
			out.Close()
			if err != nil {
				return written, err
			}
			written = append(written, target)
		}
	}
	return written, nil
}

// ExtractBundle unpacks a zipped bundle of handheld XML ticket batches.
func ExtractBundle(archivePath, dst string) ([]string, error) {
	zr, err := zip.OpenReader(archivePath)
	if err != nil {
		return nil, fmt.Errorf("open bundle: %w", err)
	}
	defer zr.Close()

	var written []string
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !strings.HasSuffix(strings.ToLower(f.Name), ".xml") {
			continue
		}
		target, err := storage.SafeJoin(dst, f.Name)
		if err != nil {
			return written, fmt.Errorf("bundle entry %q: %w", f.Name, err)
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
		err = copyBounded(out, rc)
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}

func copyBounded(w io.Writer, r io.Reader) error {
	n, err := io.Copy(w, io.LimitReader(r, maxEntryBytes+1))
	if err != nil {
		return err
	}
	if n > maxEntryBytes {
		return ErrEntryTooLarge
	}
	return nil
}
