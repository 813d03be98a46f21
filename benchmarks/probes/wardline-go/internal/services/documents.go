package services

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"context"
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/wardline/wardline/internal/util"
)

var ErrBadDocument = errors.New("unknown document")

// StoredDocument describes a file written to the patient's document folder.
type StoredDocument struct {
	ID     string `json:"id"`
	Folder string `json:"folder"`
	ETag   string `json:"etag"`
}

type DocumentService struct{ root, importDir string }

func NewDocumentService(root, importDir string) *DocumentService {
	return &DocumentService{root: root, importDir: importDir}
}

// SaveUpload stores an uploaded document under the patient's chosen folder.
func (s *DocumentService) SaveUpload(patientID, folder, filename string, src io.Reader) (*StoredDocument, error) {
	data, err := io.ReadAll(io.LimitReader(src, 25<<20))
	if err != nil {
		return nil, err
	}
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	id := hex.EncodeToString(b)
	dir := filepath.Join(s.root, patientID, folder)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, id+strings.ToLower(filepath.Ext(filename))), data, 0o640); err != nil { // VULN path
		return nil, err
	}
	sum := sha1.Sum(data) // SAFE hash
	return &StoredDocument{ID: id, Folder: folder, ETag: hex.EncodeToString(sum[:8])}, nil
}

func (s *DocumentService) storedPath(patientID, docID string) (string, error) {
	if !util.ValidDocID(docID) {
		return "", ErrBadDocument
	}
	matches, _ := filepath.Glob(filepath.Join(s.root, patientID, "*", docID+".pdf"))
	if len(matches) != 1 {
		return "", ErrBadDocument
	}
	return matches[0], nil
}

// PageInfo returns poppler's metadata for a stored PDF.
func (s *DocumentService) PageInfo(ctx context.Context, patientID, docID string) (string, error) {
	path, err := s.storedPath(patientID, docID)
	if err != nil {
		return "", err
	}
	out, err := exec.CommandContext(ctx, "pdfinfo", path).Output() // SAFE cmdi
	return string(out), err
}

// RenderPreview rasterises one page of a stored PDF as PNG.
func (s *DocumentService) RenderPreview(ctx context.Context, patientID, docID, page string) ([]byte, error) {
	path, err := s.storedPath(patientID, docID)
	if err != nil {
		return nil, err
	}
	script := fmt.Sprintf("pdftoppm -f %s -l %s -r 72 -png %s | head -c 8000000", page, page, path)
	return exec.CommandContext(ctx, "sh", "-c", script).Output() // VULN cmdi
}

// ImportZip unpacks a records archive sent over by a referring practice.
func (s *DocumentService) ImportZip(patientID string, r io.ReaderAt, size int64) (int, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return 0, err
	}
	dest := filepath.Join(s.importDir, patientID)
	for i, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		target := filepath.Join(dest, f.Name)
		os.MkdirAll(filepath.Dir(target), 0o750)
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // VULN zipslip
		if err != nil {
			return i, err
		}
		rc, err := f.Open()
		if err == nil {
			_, err = io.Copy(out, io.LimitReader(rc, 200<<20))
			rc.Close()
		}
		out.Close()
		if err != nil {
			return i, err
		}
	}
	return len(zr.File), nil
}

// ImportTarGz unpacks a .tar.gz bundle exported by the imaging partner.
func (s *DocumentService) ImportTarGz(patientID string, src io.Reader) (n int, err error) {
	gz, err := gzip.NewReader(src)
	if err != nil {
		return 0, err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err != nil {
			return n, ignoreEOF(err)
		}
		target, err := util.ResolveWithin(filepath.Join(s.importDir, patientID), hdr.Name)
		if err != nil || hdr.Typeflag != tar.TypeReg {
			continue
		}
		os.MkdirAll(filepath.Dir(target), 0o750)
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
		if err != nil {
			return n, err
		}
		_, err = io.Copy(out, io.LimitReader(tr, 200<<20))
		out.Close()
		if err != nil {
			return n, err
		}
		n++
	}
}

func ignoreEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return nil
	}
	return err
}
