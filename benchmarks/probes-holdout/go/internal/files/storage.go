// Package files implements the on-disk storage used for receipts, maps and handouts.
package files

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// ErrOutsideRoot is returned when a path escapes its storage root.
var ErrOutsideRoot = errors.New("files: path escapes storage root")

// SafeJoin joins name under root and rejects results outside root.
func SafeJoin(root, name string) (string, error) {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	full := filepath.Join(absRoot, filepath.Clean("/"+name))
	rel, err := filepath.Rel(absRoot, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", ErrOutsideRoot
	}
	return full, nil
}

// OpenUnder opens name inside root after containment checking.
func OpenUnder(root, name string) (*os.File, error) {
	full, err := SafeJoin(root, name)
	if err != nil {
		return nil, err
	}
	return os.Open(full) // SAFE path
}

// OpenAsset opens a published asset such as a trail map. Asset names may be
// percent-encoded by the CMS export (spaces, umlauts), so they are decoded here.
func OpenAsset(root, name string) (*os.File, error) {
	decoded, err := url.QueryUnescape(name)
	if err != nil {
		return nil, fmt.Errorf("files: bad asset name: %w", err)
	}
	return os.Open(filepath.Join(root, decoded)) // VULN path
}

// WriteAtomic writes data to path via a temp file in the same directory.
func WriteAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// CopyN copies at most limit bytes and reports whether the source was larger.
func CopyN(dst io.Writer, src io.Reader, limit int64) (bool, error) {
	n, err := io.Copy(dst, io.LimitReader(src, limit+1))
	if err != nil {
		return false, err
	}
	return n > limit, nil
}

// MaxBundleEntry bounds a single extracted file (50 MiB).
const MaxBundleEntry = 50 << 20

// ExtractBundle unpacks a lesson material bundle into dest.
func ExtractBundle(archivePath, dest string) ([]string, error) {
	r, err := zip.OpenReader(archivePath)
	if err != nil {
		return nil, err
	}
	defer r.Close()

	absDest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	var written []string
	for _, f := range r.File {
		target := filepath.Join(absDest, f.Name)
		if !strings.HasPrefix(target, absDest+string(os.PathSeparator)) {
			return written, fmt.Errorf("files: bundle entry %q escapes destination", f.Name)
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
		if err := extractOne(f, target); err != nil {
			return written, err
		}
		written = append(written, target)
	}
	return written, nil
}

func extractOne(f *zip.File, target string) error {
	src, err := f.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
	if err != nil {
		return err
	}
	defer out.Close()
	tooBig, err := CopyN(out, src, MaxBundleEntry)
	if err != nil {
		return err
	}
	if tooBig {
		return fmt.Errorf("files: %s exceeds size limit", f.Name)
	}
	return nil
}
