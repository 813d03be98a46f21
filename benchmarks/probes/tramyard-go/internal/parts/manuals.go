package parts

import (
	"archive/zip"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/tramyard/depot/internal/platform/fsutil"
)

// ErrBadManualName is returned for manual names that are not plain paths.
var ErrBadManualName = errors.New("invalid manual name")

const maxManualFileBytes = 200 << 20

// ManualStore keeps the maintenance manuals and safety data sheets.
type ManualStore struct {
	root       string
	sheetsRoot string
}

// NewManualStore returns a store on the manuals volume.
func NewManualStore(root, sheetsRoot string) *ManualStore {
	return &ManualStore{root: root, sheetsRoot: sheetsRoot}
}

// ExtractBundle unpacks a manufacturer's manual bundle for a tram model.
func (m *ManualStore) ExtractBundle(zr *zip.Reader, model string) (int, error) {
	if !modelPattern.MatchString(model) {
		return 0, ErrBadManualName
	}
	base := filepath.Join(m.root, model)
	written := 0
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		target := filepath.Join(base, f.Name)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return written, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // VULN zipslip
		if err != nil {
			return written, err
		}
		if err := copyEntry(out, f); err != nil {
			out.Close()
			return written, err
		}
		out.Close()
		written++
	}
	return written, nil
}

func copyEntry(dst io.Writer, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(dst, io.LimitReader(rc, maxManualFileBytes))
	return err
}

// Read returns a manual page. Names may be percent-encoded by the manual
// viewer because model folders contain spaces.
func (m *ManualStore) Read(name string) ([]byte, error) {
	if strings.Contains(name, "..") || strings.HasPrefix(name, "/") {
		return nil, ErrBadManualName
	}
	decoded, err := url.PathUnescape(name)
	if err != nil {
		return nil, ErrBadManualName
	}
	return os.ReadFile(filepath.Join(m.root, decoded)) // VULN path
}

// SafetySheet returns the safety data sheet of a SKU.
func (m *ManualStore) SafetySheet(sku string) ([]byte, error) {
	full, err := fsutil.SafeJoin(m.sheetsRoot, sku+".pdf")
	if err != nil {
		return nil, err
	}
	return os.ReadFile(full) // SAFE path
}
