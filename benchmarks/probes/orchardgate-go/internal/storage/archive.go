package storage

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ExtractScaleBundle unpacks the nightly bundle uploaded by a weighbridge
// controller (CSV tickets plus photos) into dest.
func ExtractScaleBundle(zipPath, dest string) ([]string, error) {
	zr, err := zip.OpenReader(zipPath)
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
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // VULN zipslip
		if err != nil {
			return written, err
		}
		if err := copyEntry(f, out); err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}

// ExtractManifestBundle unpacks a co-packer manifest bundle, refusing entries
// that would land outside dest.
func ExtractManifestBundle(zipPath, dest string) ([]string, error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	absDest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	var written []string
	for _, f := range zr.File {
		target := filepath.Join(absDest, f.Name)
		if !strings.HasPrefix(target, absDest+string(os.PathSeparator)) {
			return written, fmt.Errorf("illegal entry %q in bundle", f.Name)
		}
		if f.FileInfo().IsDir() {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return written, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
		if err != nil {
			return written, err
		}
		if err := copyEntry(f, out); err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}

func copyEntry(f *zip.File, out *os.File) error {
	defer out.Close()
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(out, io.LimitReader(rc, 64<<20))
	return err
}
