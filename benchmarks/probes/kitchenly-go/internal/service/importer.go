package service

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/kitchenly/kitchenly-api/internal/platform"
)

const maxImportEntry = 20 << 20

// Importer unpacks menu bundles and supplier price lists into a kitchen's import area.
type Importer struct {
	root string
}

func NewImporter(root string) *Importer { return &Importer{root: root} }

func (im *Importer) kitchenDir(kitchenID int64) (string, error) {
	dir := filepath.Join(im.root, strconv.FormatInt(kitchenID, 10))
	return dir, os.MkdirAll(dir, 0o755)
}

// ExtractMenuBundle unpacks a storefront bundle (menu.json plus photos) uploaded as a zip.
func (im *Importer) ExtractMenuBundle(kitchenID int64, zipPath string) ([]string, error) {
	dest, err := im.kitchenDir(kitchenID)
	if err != nil {
		return nil, err
	}
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
		out, err := os.Create(filepath.Join(dest, f.Name)) // VULN zipslip
		if err != nil {
			return written, err
		}
		if err := copyZipEntry(out, f); err != nil {
			return written, err
		}
		written = append(written, f.Name)
	}
	return written, nil
}

func copyZipEntry(out *os.File, f *zip.File) error {
	defer out.Close()
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(out, io.LimitReader(rc, maxImportEntry))
	return err
}

// ExtractSupplierArchive unpacks a supplier price-list archive (.tar.gz).
func (im *Importer) ExtractSupplierArchive(kitchenID int64, r io.Reader) ([]string, error) {
	dest, err := im.kitchenDir(kitchenID)
	if err != nil {
		return nil, err
	}
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	var written []string
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return written, nil
		} else if err != nil {
			return written, err
		}
		if hdr.Typeflag != tar.TypeReg {
			continue
		}
		target, err := platform.ResolveWithin(dest, hdr.Name)
		if err != nil {
			return written, fmt.Errorf("%s: %w", hdr.Name, err)
		}
		out, err := os.Create(target) // SAFE zipslip
		if err != nil {
			return written, err
		}
		_, err = io.Copy(out, io.LimitReader(tr, maxImportEntry))
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, hdr.Name)
	}
}
