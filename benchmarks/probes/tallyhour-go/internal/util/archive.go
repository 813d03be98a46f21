package util

import (
	"archive/tar"
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

const maxEntrySize = 32 << 20

// ExtractZip unpacks a timesheet bundle exported from the mobile app.
func ExtractZip(archivePath, dest string) ([]string, error) {
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
		if err := os.MkdirAll(filepath.Join(dest, filepath.Dir(f.Name)), 0o750); err != nil {
			return written, err
		}
		out, err := os.OpenFile(filepath.Join(dest, f.Name), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // VULN zipslip
		if err != nil {
			return written, err
		}
		rc, err := f.Open()
		if err != nil {
			out.Close()
			return written, err
		}
		_, err = io.Copy(out, io.LimitReader(rc, maxEntrySize))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, out.Name())
	}
	return written, nil
}

// ExtractTar unpacks the tarball produced by the on-prem clock terminals.
func ExtractTar(r io.Reader, dest string) ([]string, error) {
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
		target, err := SafeJoin(dest, hdr.Name)
		if err != nil {
			return written, fmt.Errorf("rejecting %q: %w", hdr.Name, err)
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
			out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
			if err != nil {
				return written, err
			}
			_, err = io.Copy(out, io.LimitReader(tr, maxEntrySize))
			out.Close()
			if err != nil {
				return written, err
			}
			written = append(written, target)
		default:
			// links and devices are not part of the terminal export format
		}
	}
}
