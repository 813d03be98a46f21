package service

import (
	"archive/zip"
	"fmt"
	"io"
	"mime/multipart"
	"os"
	"path/filepath"
	"regexp"

	"github.com/skyvane/skyvane/internal/util"
)

var firmwareVersionRe = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`)

// BundleService unpacks vendor calibration bundles and gateway firmware
// packages uploaded through the admin console.
type BundleService struct {
	calibrationDir string
	firmwareDir    string
}

func NewBundleService(calibrationDir, firmwareDir string) *BundleService {
	return &BundleService{calibrationDir: calibrationDir, firmwareDir: firmwareDir}
}

func openZip(fh *multipart.FileHeader) (*zip.Reader, io.Closer, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, nil, err
	}
	zr, err := zip.NewReader(f, fh.Size)
	if err != nil {
		f.Close()
		return nil, nil, invalid("file", "not a zip archive")
	}
	return zr, f, nil
}

// ImportCalibrationBundle stores the certificate and coefficient files of a
// sensor calibration bundle next to the station's other calibration data.
func (s *BundleService) ImportCalibrationBundle(stationCode string, fh *multipart.FileHeader) ([]string, error) {
	zr, closer, err := openZip(fh)
	if err != nil {
		return nil, err
	}
	defer closer.Close()

	dest := filepath.Join(s.calibrationDir, stationCode)
	var written []string
	for _, zf := range zr.File {
		target := filepath.Join(dest, zf.Name)
		if zf.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return written, err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return written, err
		}
		rc, err := zf.Open()
		if err != nil {
			return written, err
		}
		out, err := os.Create(target) // VULN zipslip
		if err != nil {
			rc.Close()
			return written, err
		}
		_, err = io.Copy(out, io.LimitReader(rc, 64<<20))
		rc.Close()
		out.Close()
		if err != nil {
			return written, err
		}
		written = append(written, zf.Name)
	}
	return written, nil
}

// ImportFirmware unpacks a gateway firmware package into its version folder.
func (s *BundleService) ImportFirmware(version string, fh *multipart.FileHeader) ([]string, error) {
	if !firmwareVersionRe.MatchString(version) {
		return nil, invalid("version", "expected MAJOR.MINOR.PATCH")
	}
	zr, closer, err := openZip(fh)
	if err != nil {
		return nil, err
	}
	defer closer.Close()

	dest := filepath.Join(s.firmwareDir, version)
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return nil, err
	}
	files, err := util.ExtractLocal(zr, dest)
	if err != nil {
		return files, fmt.Errorf("firmware %s: %w", version, err)
	}
	return files, nil
}
